package org.newsbrowser.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTests {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "iran                         # iran",
            "iran sanctions               # AND[iran, sanctions]",
            "iran AND sanctions           # AND[iran, sanctions]",
            "iran && sanctions            # AND[iran, sanctions]",
            "iran OR iraq                 # OR[iran, iraq]",
            "iran || iraq                 # OR[iran, iraq]",
            "iran OR iraq oil             # OR[iran, AND[iraq, oil]]",
            "(iran OR iraq) oil           # AND[OR[iran, iraq], oil]",
            "iran NOT iraq                # AND[iran, NOT(iraq)]",
            "iran -iraq                   # AND[iran, NOT(iraq)]",
            "NOT iraq                     # NOT(iraq)",
            "NOT NOT iraq                 # NOT(NOT(iraq))",
            "\"prime  minister\"          # \"prime minister\"",
            "\"prime minister\" Putin     # AND[\"prime minister\", Putin]",
            "nucl*                        # nucl*",
            "Éner*                        # ener*",
            "al-Assad                     # al-Assad",
            "iran - iraq                  # AND[iran, iraq]",
            "iran and or not              # AND[iran, and, or, not]",
            "-(iran OR iraq)              # NOT(OR[iran, iraq])",
    })
    void parsesWordsPhrasesPrefixesAndOperators(String text, String tree) {
        assertThat(SearchQuery.parse(text).toString()).isEqualTo(tree);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "\"prime minister              # a quote is not closed",
            "iran \"                       # a quote is not closed",
            "\"\"                          # has no words",
            "NOT                           # NOT needs a word after it",
            "iran NOT                      # NOT needs a word after it",
            "iran AND                      # AND needs a word after it",
            "AND iran                      # AND must stand between two words",
            "iran OR OR iraq               # OR needs a word after it",
            "iran AND OR iraq              # AND needs a word after it",
            "*                             # at least 2 letters before *",
            "n*                            # at least 2 letters before *",
            "nu*cl                         # * can only end a word",
            "(iran                         # a ( is not closed",
            "iran)                         # a ) has no matching (",
            "()                            # () is empty",
            "(NOT)                         # NOT needs a word after it",
            "- ! ?                         # only punctuation",
            "((((((((((iran))))))))))      # levels of parentheses",
    })
    void rejectsWhatCannotBeParsedWithAMessage(String text, String message) {
        assertThatThrownBy(() -> SearchQuery.parse(text))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptySearchIsRejected(String text) {
        assertThatThrownBy(() -> SearchQuery.parse(text)).isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(ints = {501, 10_000})
    void aSearchOverTheLengthLimitIsRejected(int length) {
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(length)))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("at most 500");
    }

    @ParameterizedTest
    @ValueSource(ints = {SearchQuery.MAX_TERMS + 1})
    void tooManyTermsAreRejected(int terms) {
        assertThatThrownBy(() -> SearchQuery.parse("ab ".repeat(terms)))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("at most " + SearchQuery.MAX_TERMS);
        assertThat(SearchQuery.parse("ab ".repeat(terms - 1)).root()).isInstanceOf(SearchQuery.And.class);
    }
}
