package org.newsbrowser.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrowser.FuzzAssertions.assertWellFormed;
import static org.newsbrowser.FuzzAssertions.resultOrDocumentedFailure;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Fuzzes {@link SearchQuery#parse} with arbitrary text: a query or an {@link InvalidSearchQueryException} with a
 * message, nothing else; a query keeps the text as typed (stripped) and prints as well-formed text.
 */
class SearchQueryFuzzTests {

    @FuzzTest(maxDuration = "20s")
    void parsesOrRejects(@NotNull String text) {
        resultOrDocumentedFailure(() -> SearchQuery.parse(text), InvalidSearchQueryException.class)
                .ifPresent(query -> {
                    assertThat(query.text()).isEqualTo(text.strip()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
                    assertWellFormed(query.toString());
                });
    }
}
