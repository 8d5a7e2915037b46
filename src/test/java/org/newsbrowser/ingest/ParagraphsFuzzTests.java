package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrowser.FuzzAssertions.assertCleanLine;
import static org.newsbrowser.FuzzAssertions.assertCleanText;
import static org.newsbrowser.FuzzAssertions.resultOrDocumentedFailure;
import static org.newsbrowser.FuzzAssertions.withoutWhitespace;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.Iterator;
import java.util.List;

/**
 * Fuzzes the paragraph rules ({@link Paragraphs}) and the {@link BoilerplateStripper} with arbitrary text: paragraphs
 * are the normalized text re-spaced, never altered; splitting joined paragraphs gives them back; normalizing twice
 * changes nothing; and the stripper only removes whole paragraphs, keeping the others in order.
 */
class ParagraphsFuzzTests {

    private final BoilerplateStripper stripper = new BoilerplateStripper();

    @FuzzTest(maxDuration = "20s")
    void splitsAndStrips(@NotNull String text) {
        String normalized = Paragraphs.normalize(text);
        assertCleanText(normalized);
        assertThat(Paragraphs.normalize(normalized)).as("normalizing is idempotent").isEqualTo(normalized);

        List<String> paragraphs = resultOrDocumentedFailure(() -> Paragraphs.split(text)).orElseThrow();
        paragraphs.forEach(paragraph -> {
            assertCleanLine(paragraph);
            assertThat(paragraph).isNotBlank();
        });
        assertThat(withoutWhitespace(Paragraphs.join(paragraphs))).as("paragraphs keep every character of the text")
                .isEqualTo(withoutWhitespace(normalized));
        assertThat(Paragraphs.split(Paragraphs.join(paragraphs))).as("split(join(p)) == p").isEqualTo(paragraphs);

        List<String> kept = Paragraphs.split(resultOrDocumentedFailure(() -> stripper.strip(text)).orElseThrow());
        assertThat(isSubsequence(kept, paragraphs)).as("the stripper only drops whole paragraphs: %s of %s", kept,
                paragraphs).isTrue();

        assertCleanText(Paragraphs.normalize(resultOrDocumentedFailure(() -> Paragraphs.decodeEntities(text))
                .orElseThrow()));
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        Iterator<String> remaining = whole.iterator();
        return part.stream().allMatch(paragraph -> {
            while (remaining.hasNext()) {
                if (remaining.next().equals(paragraph)) {
                    return true;
                }
            }
            return false;
        });
    }
}
