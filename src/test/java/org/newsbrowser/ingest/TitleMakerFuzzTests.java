package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrowser.FuzzAssertions.assertCleanLine;
import static org.newsbrowser.FuzzAssertions.resultOrDocumentedFailure;
import static org.newsbrowser.FuzzAssertions.withoutWhitespace;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Fuzzes {@link TitleMaker} with arbitrary lead paragraphs: a generated title is one clean, non-blank line of at most
 * {@link TitleMaker#MAX_GENERATED_CHARS} characters plus an ellipsis, made of the lead's own words from its start.
 */
class TitleMakerFuzzTests {

    private static final String ELLIPSIS = "…";

    private final TitleMaker titleMaker = new TitleMaker();

    @FuzzTest(maxDuration = "20s")
    void writesTitles(@NotNull String text) {
        resultOrDocumentedFailure(() -> titleMaker.isHeadline(text)).orElseThrow();
        String lead = String.join(" ", Paragraphs.split(text));
        if (lead.isBlank()) {
            return;
        }
        String title = resultOrDocumentedFailure(() -> titleMaker.fromLead(lead)).orElseThrow();
        assertCleanLine(title);
        assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(TitleMaker.MAX_GENERATED_CHARS + ELLIPSIS.length());
        String words = title.endsWith(ELLIPSIS) ? title.substring(0, title.length() - ELLIPSIS.length()) : title;
        assertThat(withoutWhitespace(lead)).as("the title is the start of the lead")
                .startsWith(withoutWhitespace(words));
    }
}
