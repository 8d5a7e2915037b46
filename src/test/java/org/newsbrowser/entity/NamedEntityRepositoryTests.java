package org.newsbrowser.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.DatabaseTest;
import org.newsbrowser.TestCorpus;
import org.newsbrowser.article.Article;
import org.springframework.beans.factory.annotation.Autowired;
import org.newsbrowser.JpaSliceTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The entity index, co-mention and lookup queries over a corpus built by hand. Flyway owns the schema, as in
 * {@link org.newsbrowser.article.ArticleRepositoryTests}.
 */
@DatabaseTest
@JpaSliceTest
class NamedEntityRepositoryTests {

    @Autowired
    NamedEntityRepository entities;

    @Autowired
    TestEntityManager em;

    Person putin;
    Person erdogan;
    Person lavrov;
    Person forgotten;
    Country iran;
    Country turkey;
    Country finland;
    Organization kremlin;

    @BeforeEach
    void corpus() {
        TestCorpus corpus = new TestCorpus(em);
        putin = corpus.entity(new Person("Vladimir Putin"));
        erdogan = corpus.entity(new Person("Recep Tayyip Erdogan"));
        lavrov = corpus.entity(new Person("Sergei Lavrov"));
        forgotten = corpus.entity(new Person("Nobody Mentioned"));
        iran = corpus.entity(new Country("IR", "Iran"));
        turkey = corpus.entity(new Country("TR", "Turkey"));
        finland = corpus.entity(new Country("FI", "Finland"));
        kremlin = corpus.entity(new Organization("Kremlin", "RU"));

        Article visit = corpus.article("Putin visits Tehran", null);
        Article summit = corpus.article("Summit in Tehran", null);
        Article talks = corpus.article("Talks in Ankara", null);
        Article nato = corpus.article("Finland joins NATO", null);

        corpus.appears(visit, putin, 4);
        corpus.appears(visit, iran, 2);
        corpus.appears(visit, kremlin, 1);
        corpus.appears(summit, putin, 2);
        corpus.appears(summit, erdogan, 2);
        corpus.appears(summit, iran, 1);
        corpus.appears(summit, turkey, 1);
        corpus.appears(talks, putin, 1);
        corpus.appears(talks, erdogan, 3);
        corpus.appears(talks, lavrov, 1);
        corpus.appears(talks, turkey, 2);
        corpus.appears(nato, erdogan, 1);
        corpus.appears(nato, finland, 2);
        corpus.flush();
    }

    @Test
    void peopleIndexListsTheMostMentionedFirstAndLeavesOutPeopleInNoArticle() {
        Page<EntityCount> index = entities.findIndex(EntityType.PERSON, PageRequest.of(0, 10));

        // Putin and Erdogan are in three articles each (ties by name), Lavrov in one.
        assertThat(index.getContent()).extracting(c -> c.entity().getName(), EntityCount::articles).containsExactly(
                tuple("Recep Tayyip Erdogan", 3L), tuple("Vladimir Putin", 3L), tuple("Sergei Lavrov", 1L));
        assertThat(index.getTotalElements()).isEqualTo(3);
    }

    @Test
    void peopleIndexPages() {
        Page<EntityCount> second = entities.findIndex(EntityType.PERSON, PageRequest.of(1, 2));

        assertThat(second.getContent()).extracting(c -> c.entity().getName()).containsExactly("Sergei Lavrov");
        assertThat(second.getTotalElements()).isEqualTo(3);
        assertThat(second.getTotalPages()).isEqualTo(2);
    }

    @Test
    void indexOfOneTypeListsOnlyThatType() {
        Page<EntityCount> countries = entities.findIndex(EntityType.COUNTRY, PageRequest.of(0, 10));

        assertThat(countries.getContent()).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Iran", 2L), tuple("Turkey", 2L), tuple("Finland", 1L));
    }

    @Test
    void coMentionedCountsSharedArticlesPerTypeAndLeavesOutTheEntityItself() {
        Map<EntityType, List<EntityCount>> coMentioned = entities.findCoMentioned(putin.getId(), 10);
        List<EntityCount> people = coMentioned.get(EntityType.PERSON);
        List<EntityCount> countries = coMentioned.get(EntityType.COUNTRY);
        List<EntityCount> organizations = coMentioned.get(EntityType.ORGANIZATION);

        assertThat(people).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Recep Tayyip Erdogan", 2L), tuple("Sergei Lavrov", 1L));
        assertThat(countries).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Iran", 2L), tuple("Turkey", 2L));
        assertThat(organizations).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Kremlin", 1L));
        assertThat(coMentioned.get(EntityType.TOPIC)).isEmpty();
    }

    @Test
    void coMentionedIsCutAtTheLimitOfEachType() {
        assertThat(entities.findCoMentioned(erdogan.getId(), 1).get(EntityType.COUNTRY))
                .extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Turkey", 2L));
    }

    @Test
    void everyPersonIsListedWithNameAndKeyAndNothingElse() {
        Person lenin = em.persist(new Person("Lenin"));
        em.persist(new Organization("Friends of Putin", null));
        em.flush();

        assertThat(entities.findPersonNameKeys())
                .contains(new PersonNameKey(putin.getId(), putin.getName(), putin.getNameKey()),
                        new PersonNameKey(lenin.getId(), "Lenin", "lenin"))
                .noneMatch(p -> p.name().equals("Friends of Putin"))
                .filteredOn(PersonNameKey::isSingleWord).extracting(PersonNameKey::id).containsExactly(lenin.getId());
    }

    @Test
    void countriesAreFoundByIsoCode() {
        assertThat(entities.findCountry("IR")).get().extracting(Country::getId, Country::getName)
                .containsExactly(iran.getId(), "Iran");
        assertThat(entities.findCountry("RU")).isEmpty();
        assertThat(entities.findCountries(List.of("FI", "TR", "XX"))).extracting(Country::getCode)
                .containsExactlyInAnyOrder("FI", "TR");
    }

    @Test
    void personAndOrganizationOfTheSameNameAreDifferentEntities() {
        Person fordPerson = em.persist(new Person("Ford"));
        Organization fordCompany = em.persist(new Organization("Ford", "US"));
        em.flush();
        em.clear();

        NamedEntity person = entities.findByTypeAndNameKey(EntityType.PERSON, "ford").orElseThrow();
        NamedEntity company = entities.findByTypeAndNameKey(EntityType.ORGANIZATION, "ford").orElseThrow();

        assertThat(person.getId()).isEqualTo(fordPerson.getId()).isNotEqualTo(company.getId());
        assertThat(company.getId()).isEqualTo(fordCompany.getId());
        assertThat(person).isInstanceOf(Person.class);
        assertThat(company).isInstanceOf(Organization.class);
        assertThat(entities.findByTypeAndNameKey(EntityType.TOPIC, "ford")).isEmpty();
    }

    @Test
    void nameKeyLookupFindsAPersonWrittenWithDiacritics() {
        Person withBreve = em.persist(new Person("Ahmet Doğan"));
        em.flush();

        assertThat(entities.findByTypeAndNameKey(EntityType.PERSON, NameKey.of("Ahmet DOGAN")))
                .get().extracting(NamedEntity::getId).isEqualTo(withBreve.getId());
    }
}
