package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.Optional;

/**
 * Properties shared by the Jazzer fuzz tests ({@code *FuzzTests}, run by the {@code fuzz} Surefire execution). A new
 * fuzz target is a class with one {@code @FuzzTest} method that calls the code under test through
 * {@link #resultOrDocumentedFailure} and checks its result with the text properties here, for example:
 *
 * <pre>{@code
 * @FuzzTest(maxDuration = "20s")
 * void parses(String query) {
 *     FuzzAssertions.resultOrDocumentedFailure(() -> SearchQuery.parse(query), InvalidQueryException.class)
 *             .ifPresent(parsed -> FuzzAssertions.assertCleanText(parsed.toString()));
 * }
 * }</pre>
 */
public final class FuzzAssertions {

    private FuzzAssertions() {
    }

    /** Code under test that may fail only in the ways its Javadoc documents. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    /**
     * Runs {@code call}: its result, or empty when it failed with one of the documented exceptions. Any other
     * exception (a {@code NullPointerException}, an {@code IndexOutOfBoundsException}, a stack overflow) fails the
     * fuzz test, so Jazzer reports and keeps the input.
     */
    @SafeVarargs
    public static <T> Optional<T> resultOrDocumentedFailure(Call<T> call, Class<? extends Exception>... documented) {
        try {
            return Optional.of(call.call());
        } catch (Exception e) {
            if (Arrays.stream(documented).anyMatch(type -> type.isInstance(e))) {
                assertThat(e.getMessage()).as("a documented failure says what is wrong").isNotBlank();
                return Optional.empty();
            }
            throw new AssertionError("undocumented " + e.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Text as the app stores and shows it: well-formed UTF-16 (no half of a surrogate pair, which would turn into "?"
     * or an encoding error on the way to the browser or the database) and no control characters but line feeds.
     */
    public static void assertCleanText(String text) {
        assertWellFormed(text);
        text.chars().filter(c -> Character.isISOControl(c) && c != '\n').findFirst().ifPresent(c ->
                fail("control character U+%04X in %s", c, abbreviate(text)));
    }

    /** {@link #assertCleanText} on one line: for titles, bylines and other metadata shown in a single line. */
    public static void assertCleanLine(String text) {
        assertCleanText(text);
        assertThat(text).as("one line").doesNotContain("\n");
        assertThat(text).as("no surrounding spaces").isEqualTo(text.strip());
    }

    /** No unpaired surrogate: every high surrogate is followed by a low one and every low one preceded by a high. */
    public static void assertWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                fail("unpaired surrogate U+%04X at %d in %s", (int) c, i, abbreviate(text));
            }
        }
    }

    /** Removes every whitespace character: what text keeps when it is only re-wrapped or re-spaced. */
    public static String withoutWhitespace(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String abbreviate(String text) {
        String shown = text.length() <= 200 ? text : text.substring(0, 200) + "…";
        return '"' + shown.replace("\n", "\\n") + '"';
    }
}
