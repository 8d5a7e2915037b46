package org.newsbrowser.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Text with the words a search matched marked, as runs of plain and matched text. Pages render every run as text
 * (escaped) and wrap matched runs in their own {@code <mark>}, so nothing from an article is ever taken as markup.
 */
public record Highlight(List<Segment> segments) {

    /** What the highlighter puts around a match: private-use characters, so they cannot be mistaken for markup. */
    static final String MATCH_START = "\uE000";
    static final String MATCH_END = "\uE001";
    static final String FRAGMENT_SEPARATOR = " … ";

    public static final Highlight NONE = new Highlight(List.of());

    public Highlight {
        segments = List.copyOf(segments);
    }

    /** A run of text, matched or not. */
    public record Segment(String text, boolean match) {
    }

    /** Reads the highlighter's fragments, joined by an ellipsis, into runs. */
    static Highlight of(List<String> fragments) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            if (i > 0) {
                segments.add(new Segment(FRAGMENT_SEPARATOR, false));
            }
            addRuns(fragments.get(i).strip(), segments);
        }
        return new Highlight(segments);
    }

    private static void addRuns(String fragment, List<Segment> segments) {
        int position = 0;
        while (position < fragment.length()) {
            int start = fragment.indexOf(MATCH_START, position);
            int end = start < 0 ? -1 : fragment.indexOf(MATCH_END, start);
            if (start < 0 || end < 0) {
                addRun(fragment.substring(position).replace(MATCH_START, "").replace(MATCH_END, ""), false, segments);
                return;
            }
            addRun(fragment.substring(position, start).replace(MATCH_END, ""), false, segments);
            addRun(fragment.substring(start + 1, end).replace(MATCH_START, ""), true, segments);
            position = end + 1;
        }
    }

    private static void addRun(String text, boolean match, List<Segment> segments) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text, match));
        }
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
