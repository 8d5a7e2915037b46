package org.newsbrowser.search;

import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.newsbrowser.search.SearchQuery.And;
import org.newsbrowser.search.SearchQuery.Node;
import org.newsbrowser.search.SearchQuery.Not;
import org.newsbrowser.search.SearchQuery.Or;
import org.newsbrowser.search.SearchQuery.Phrase;
import org.newsbrowser.search.SearchQuery.Prefix;
import org.newsbrowser.search.SearchQuery.Word;

/**
 * Turns a parsed search into index predicates over title and body, the title boosted. A word matches its exact
 * form or its English stem (both, so a match of the exact form is highlighted and scores higher); a phrase
 * matches those words in order; a prefix matches the start of a word as written.
 */
final class SearchPredicates {

    private SearchPredicates() {
    }

    static PredicateFinalStep of(SearchPredicateFactory f, Node node) {
        if (node instanceof Word word) {
            return f.or(phrase(f, word.text(), SearchFields.TITLE, SearchFields.BODY),
                    phrase(f, word.text(), SearchFields.TITLE_ENGLISH, SearchFields.BODY_ENGLISH));
        } else if (node instanceof Phrase phrase) {
            return phrase(f, phrase.text(), SearchFields.TITLE, SearchFields.BODY);
        } else if (node instanceof Prefix prefix) {
            return f.prefix().field(SearchFields.TITLE).boost(ArticleSearch.TITLE_BOOST)
                    .field(SearchFields.BODY).matching(prefix.text());
        } else if (node instanceof And and) {
            return f.and(first(f, and.parts()), rest(f, and.parts()));
        } else if (node instanceof Or or) {
            return f.or(first(f, or.parts()), rest(f, or.parts()));
        } else {
            return f.not(of(f, ((Not) node).part()));
        }
    }

    /** Words in order in the title or the body; one word is a phrase of one. */
    private static PredicateFinalStep phrase(SearchPredicateFactory f, String words, String title, String body) {
        return f.phrase().field(title).boost(ArticleSearch.TITLE_BOOST).field(body).matching(words);
    }

    private static PredicateFinalStep first(SearchPredicateFactory f, List<Node> parts) {
        return of(f, parts.get(0));
    }

    private static PredicateFinalStep[] rest(SearchPredicateFactory f, List<Node> parts) {
        return parts.subList(1, parts.size()).stream().map(p -> of(f, p)).toArray(PredicateFinalStep[]::new);
    }
}
