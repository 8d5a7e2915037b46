package org.newsbrowser.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.newsbrowser.entity.TestEntities.person;
import static org.newsbrowser.entity.TestEntities.withId;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.entity.Organization;
import org.newsbrowser.entity.Topic;

/** Which pairs the review queue suggests, on invented names. */
class MergeSuggestionsTests {

    private final NamedEntityRepository entities = mock(NamedEntityRepository.class);
    private final MergeDismissalRepository dismissals = mock(MergeDismissalRepository.class);
    private final MergeSuggestions suggestions = new MergeSuggestions(entities, dismissals);

    @Test
    void initialsAndMissingMiddleNamesAndDiacriticsMatchAFullerNameWithTheSameSurname() {
        List<MergeSuggestions.Suggestion> found = MergeSuggestions.samePeople(List.of(
                count(person(1, "Tomasz Brzęczyk"), 9),
                count(person(2, "T. Brzeczyk"), 2),
                count(person(3, "Tomasz Adam Brzęczyk"), 1),
                count(person(4, "Halina Brzeczyk"), 5),
                count(person(5, "Jorunn Vestergaard"), 3)));

        assertThat(found).extracting(s -> s.from().entity().getName(), s -> s.into().entity().getName())
                .containsExactlyInAnyOrder(
                        tuple("T. Brzeczyk", "Tomasz Brzęczyk"),
                        tuple("T. Brzeczyk", "Tomasz Adam Brzęczyk"),
                        tuple("Tomasz Brzęczyk", "Tomasz Adam Brzęczyk"));
    }

    @Test
    void aSurnameAloneMatchesEveryFullNameWithIt() {
        List<MergeSuggestions.Suggestion> found = MergeSuggestions.samePeople(List.of(
                count(person(1, "Quillfeather"), 4),
                count(person(2, "Anselm Quillfeather"), 3),
                count(person(3, "Beata Quillfeather"), 3)));

        assertThat(found).extracting(s -> s.from().entity().getName()).containsOnly("Quillfeather").hasSize(2);
    }

    @Test
    void differentFirstNamesAreNotCompatible() {
        assertThat(MergeSuggestions.compatibleFirstNames(List.of("anselm"), List.of("beata"))).isFalse();
        assertThat(MergeSuggestions.compatibleFirstNames(List.of("a"), List.of("beata", "anselm"))).isTrue();
        assertThat(MergeSuggestions.compatibleFirstNames(List.of("anselm", "b"), List.of("b", "anselm"))).isFalse();
        assertThat(MergeSuggestions.compatibleFirstNames(List.of(), List.of("beata"))).isTrue();
    }

    @Test
    void anAcronymPairsWithTheLongFormItAbbreviatesKeepingTheMoreMentioned() {
        List<MergeSuggestions.Suggestion> found = MergeSuggestions.acronyms(List.of(
                count(org(1, "GFWC"), 12),
                count(org(2, "Grand Federation of Whistle Carvers"), 3),
                count(org(3, "Green Forest Wildlife Council"), 30),
                count(org(4, "Q.V.R."), 1),
                count(org(5, "Quiet Valley Railways"), 8),
                count(org(6, "Quiet Valley Rowing Club"), 2)));

        assertThat(found).extracting(s -> s.from().entity().getName(), s -> s.into().entity().getName())
                .containsExactlyInAnyOrder(
                        tuple("Grand Federation of Whistle Carvers", "GFWC"),
                        tuple("GFWC", "Green Forest Wildlife Council"),
                        tuple("Q.V.R.", "Quiet Valley Railways"));
    }

    @Test
    void oneNameAsTwoTypesIsSuggestedForHiding() {
        List<MergeSuggestions.Suggestion> found = MergeSuggestions.twoTypes(List.of(
                count(person(1, "Larkspur"), 2),
                count(org(2, "Larkspur"), 7),
                count(org(3, "Otherwise Unique"), 1)));

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(MergeSuggestions.Reason.TWO_TYPES);
            assertThat(List.of(s.from().entity().getType(), s.into().entity().getType()))
                    .containsExactlyInAnyOrder(EntityType.PERSON, EntityType.ORGANIZATION);
        });
    }

    @Test
    void dismissedPairsAreLeftOutAndTheRestComeMostArticlesFirst() {
        given(entities.findCounted(org.mockito.ArgumentMatchers.any())).willReturn(List.of(
                count(person(1, "Anselm Quillfeather"), 3),
                count(person(2, "A. Quillfeather"), 1),
                count(person(3, "Tomasz Brzeczyk"), 20),
                count(person(4, "T. Brzeczyk"), 2),
                count(withId(new Topic("larkspur"), 9), 4)));
        given(dismissals.findAll()).willReturn(List.of(
                new MergeDismissal(EntityType.PERSON, "anselm quillfeather", "a. quillfeather")));

        assertThat(suggestions.find()).extracting(s -> s.from().entity().getName())
                .containsExactly("T. Brzeczyk");
    }

    private static EntityCount count(NamedEntity entity, long articles) {
        return new EntityCount(entity, articles);
    }

    private static Organization org(long id, String name) {
        return withId(new Organization(name, null), id);
    }
}
