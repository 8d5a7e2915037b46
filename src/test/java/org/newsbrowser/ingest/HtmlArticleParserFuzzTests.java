package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrowser.FuzzAssertions.assertCleanText;
import static org.newsbrowser.FuzzAssertions.resultOrDocumentedFailure;
import static org.newsbrowser.FuzzAssertions.withoutWhitespace;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzzes {@link HtmlArticleParser} with arbitrary markup and with pages built from fuzzed elements and text: it never
 * fails, its text is clean, and what it returns is text only. For built pages that means no markup at all, nothing
 * from scripts, styles, frames or event handlers, and no word that was not in the page's text.
 */
class HtmlArticleParserFuzzTests {

    /** Elements a page may wrap text in: article structure, interface, and what must never reach the text. */
    private static final List<String> TAGS = List.of("p", "div", "article", "main", "section", "h1", "h2", "span", "a",
            "b", "em", "li", "ul", "blockquote", "br", "table", "td", "nav", "header", "footer", "aside", "figure",
            "figcaption", "form", "button", "title", "template", "svg", "math", "noscript", "select", "option",
            "textarea", "object", "embed", "iframe", "script", "style", "body", "head", "html", "meta", "link");
    /** Attributes an attacker would use; their values must never appear in the text. */
    private static final List<String> ATTRIBUTES = List.of("onclick", "onload", "onerror", "href", "src", "style",
            "hidden", "aria-hidden", "content", "property", "name", "rel", "datetime", "srcdoc");
    /** Marks the content of scripts, styles and attributes; page text is built without it. */
    private static final String HIDDEN = "\u2603";

    private final HtmlArticleParser parser = new HtmlArticleParser();

    @FuzzTest(maxDuration = "20s")
    void keepsOnlyText(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            assertClean(parse(data.consumeRemainingAsString()));
            return;
        }
        StringBuilder page = new StringBuilder();
        StringBuilder visibleText = new StringBuilder();
        while (data.remainingBytes() > 0) {
            appendElement(data, page, visibleText);
        }
        HtmlArticleParser.Page parsed = parse(page.toString());
        assertClean(parsed);
        String text = parsed.text();
        assertThat(text).as("no markup in the text of %s", page).doesNotContain("<", ">");
        assertThat(text).as("nothing from scripts or attributes in %s", page).doesNotContain(HIDDEN);
        Set<Integer> pageCharacters = characters(visibleText.toString());
        assertThat(characters(text)).as("every character of the text comes from the text of %s", page)
                .isSubsetOf(pageCharacters);
    }

    private HtmlArticleParser.Page parse(String html) {
        return resultOrDocumentedFailure(() -> parser.parse(html)).orElseThrow();
    }

    private static void appendElement(FuzzedDataProvider data, StringBuilder page, StringBuilder visibleText) {
        String tag = data.pickValue(TAGS);
        page.append('<').append(tag);
        for (int i = data.consumeInt(0, 2); i > 0; i--) {
            page.append(' ').append(data.pickValue(ATTRIBUTES)).append("=\"").append(HIDDEN)
                    .append(data.consumeString(20).replace("\"", "").replace("&", "")).append('"');
        }
        page.append('>');
        String content = pageText(data.consumeString(60));
        if (tag.equals("script") || tag.equals("style")) {
            page.append(HIDDEN).append(content).append(' ').append(HIDDEN);
        } else {
            page.append(content);
            visibleText.append(content);
        }
        if (data.consumeBoolean()) {
            page.append("</").append(tag).append('>');
        }
    }

    /**
     * Text without markup characters or entities, and without the marker of hidden content; without NUL too, which
     * HTML parsing turns into U+FFFD in some elements (textarea, title), as the HTML standard says.
     */
    private static String pageText(String text) {
        return text.replaceAll("[<>&\u0000" + HIDDEN + "]", " ");
    }

    private static Set<Integer> characters(String text) {
        return withoutWhitespace(text).codePoints().boxed().collect(Collectors.toSet());
    }

    private static void assertClean(HtmlArticleParser.Page page) {
        assertCleanText(page.text());
        if (page.title() != null) {
            assertCleanText(page.title());
        }
    }
}
