package org.newsbrowser.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One labelled document: the text given to both systems and its gold entities.
 *
 * @param id            where it comes from ("testa_0001", "reut2-003.sgm#3112", a seed file name)
 * @param text          the plain text both systems are run on
 * @param people        gold people, each the names that refer to one person (merged further when scored)
 * @param organizations gold organizations, likewise
 * @param countries     gold countries as ISO 3166-1 alpha-2 codes
 * @param otherPlaces   gold locations that are not countries (kept for reference, not scored)
 * @param scoresPeopleAndOrganizations false for corpora that label only places (Reuters-21578)
 * @param demonymCountries countries the gold names only by a demonym labelled MISC (CoNLL "Australian"), which
 *                      the product counts as country mentions; empty for corpora without such labels
 */
public record EvalDocument(String id, String text, List<Set<String>> people, List<Set<String>> organizations,
        Set<String> countries, List<String> otherPlaces, boolean scoresPeopleAndOrganizations,
        Set<String> demonymCountries) {

    public EvalDocument(String id, String text, List<Set<String>> people, List<Set<String>> organizations,
            Set<String> countries, List<String> otherPlaces, boolean scoresPeopleAndOrganizations) {
        this(id, text, people, organizations, countries, otherPlaces, scoresPeopleAndOrganizations, Set.of());
    }

    /** Gold countries including those named only by a demonym: the product's definition of a country mention. */
    public Set<String> countriesWithDemonyms() {
        Set<String> all = new LinkedHashSet<>(countries);
        all.addAll(demonymCountries);
        return all;
    }
}
