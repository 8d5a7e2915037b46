package org.newsbrowser.search;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Text with the words a search matched marked, as runs of plain and matched text. Pages render every run as text
 * (escaped) and wrap matched runs in their own {@code <mark>}, so nothing from an article is ever taken as markup.
 */
public record Highlight(List<Segment> segments) {

    /** Between two passages of a snippet. */
    static final String FRAGMENT_SEPARATOR = " … ";

    public static final Highlight NONE = new Highlight(List.of());

    public Highlight {
        segments = List.copyOf(segments);
    }

    /** A run of text, matched or not. */
    public record Segment(String text, boolean match) {
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The text without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    /** Safe HTML for API clients: the text escaped, each match in {@code <mark>}, no other markup. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            String escaped = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
            html.append(segment.match() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }
}
