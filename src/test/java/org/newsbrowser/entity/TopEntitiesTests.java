package org.newsbrowser.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopEntitiesTests {

    /** The entities by id, as the database holds them, and the ids each read asked for. */
    private final Map<Long, NamedEntity> stored = new HashMap<>();
    private final List<Collection<Long>> reads = new ArrayList<>();
    private final List<EntityIdCount> counted = new ArrayList<>();

    private List<NamedEntity> read(Collection<Long> ids) {
        reads.add(List.copyOf(ids));
        return ids.stream().filter(stored::containsKey).map(stored::get).toList();
    }

    private void count(NamedEntity entity, long articles) {
        long id = counted.size() + 1;
        stored.put(id, TestEntities.withId(entity, id));
        counted.add(new EntityIdCount(id, articles));
    }

    private Map<EntityType, List<EntityCount>> top(int perType) {
        return TopEntities.byType(mostFirst(), EnumSet.allOf(EntityType.class), perType, List.of(), this::read);
    }

    private List<EntityIdCount> mostFirst() {
        counted.sort(Comparator.comparingLong(EntityIdCount::articles).reversed());
        return counted;
    }

    @Test
    void ranksEachTypeByArticlesSharedThenByNameAndLeavesOutHiddenEntities() {
        count(new Person("Zelensky"), 3);
        count(new Person("Biden"), 3);
        count(new Person("Macron"), 5);
        Person hidden = new Person("Reuters Staff");
        hidden.setHidden(true);
        count(hidden, 9);
        count(new Country("UA", "Ukraine"), 4);

        Map<EntityType, List<EntityCount>> top = top(2);

        assertThat(top.get(EntityType.PERSON)).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("Macron", 5L), tuple("Biden", 3L));
        assertThat(top.get(EntityType.COUNTRY)).extracting(c -> c.entity().getName()).containsExactly("Ukraine");
        assertThat(top.get(EntityType.ORGANIZATION)).isEmpty();
        assertThat(top.get(EntityType.TOPIC)).isEmpty();
        assertThat(reads).hasSize(1);
    }

    @Test
    void readsOnlyTheMostSharedWhenTheySettleEveryType() {
        fillEveryType(1_000);
        for (int i = 0; i < 500; i++) {
            count(new Person("Minor " + i), 1);
        }

        Map<EntityType, List<EntityCount>> top = top(10);

        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).hasSize(TopEntities.FIRST_READ);
        assertThat(top).hasSize(EntityType.values().length)
                .allSatisfy((type, counts) -> assertThat(counts).hasSize(10));
    }

    @Test
    void readsOnWhenAnEntityNotYetReadMayRankBeforeTheLastShownByName() {
        fillEveryType(1_000);
        count(new Person("Person 999"), 2);
        for (int i = counted.size(); i < TopEntities.FIRST_READ; i++) {
            count(new Topic("filler " + i), 2);
        }
        count(new Person("Aaron"), 2);

        List<EntityCount> people = top(11).get(EntityType.PERSON);

        assertThat(reads).hasSize(2);
        assertThat(people).last().extracting(c -> c.entity().getName()).isEqualTo("Aaron");
    }

    @Test
    void readsOnInGrowingSlicesWhileATypeIsShort() {
        for (int i = 0; i < 30_000; i++) {
            count(new Person("Person " + i), 100_000 - i);
        }
        count(new Topic("elections"), 1);

        Map<EntityType, List<EntityCount>> top = top(10);

        assertThat(reads).extracting(Collection::size)
                .containsExactly(200, 600, 2_400, 9_600, TopEntities.MAX_READ, 30_001 - 22_800);
        assertThat(top.get(EntityType.TOPIC)).extracting(c -> c.entity().getName()).containsExactly("elections");
        assertThat(top.get(EntityType.PERSON)).extracting(EntityCount::articles).first().isEqualTo(100_000L);
    }

    @Test
    void ranksTheGivenIdsFirstAmongEntitiesInAsManyArticles() {
        count(new Person("Angela Merkel"), 3);
        count(new Person("Vladimir Putin"), 3);
        count(new Person("Xi Jinping"), 3);

        Map<EntityType, List<EntityCount>> top = TopEntities.byType(mostFirst(), EnumSet.of(EntityType.PERSON), 10,
                List.of(2L), this::read);

        assertThat(top.get(EntityType.PERSON)).extracting(c -> c.entity().getName())
                .containsExactly("Vladimir Putin", "Angela Merkel", "Xi Jinping");
    }

    @Test
    void overallTakesTheFirstOfTheGivenTypesTogether() {
        count(new Topic("elections"), 9);
        count(new Person("Macron"), 5);
        count(new Country("FR", "France"), 7);
        count(new Organization("European Union", null), 5);

        List<EntityCount> top = TopEntities.overall(mostFirst(),
                EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY), 2, List.of(), this::read);

        assertThat(top).extracting(c -> c.entity().getName(), EntityCount::articles)
                .containsExactly(tuple("France", 7L), tuple("European Union", 5L));
    }

    @Test
    void overallReadsOnlyTheFirstSliceWhenItSettlesTheList() {
        for (int i = 0; i < 1_000; i++) {
            count(new Person("Person " + i), 10_000 - i);
        }

        List<EntityCount> top = TopEntities.overall(mostFirst(), EnumSet.of(EntityType.PERSON), 30, List.of(),
                this::read);

        assertThat(top).hasSize(30);
        assertThat(reads).hasSize(1);
    }

    @Test
    void skipsEntitiesMergedAwayAfterTheCount() {
        count(new Person("Vladimir Putin"), 4);
        count(new Person("Putin"), 2);
        stored.remove(2L);

        assertThat(top(10).get(EntityType.PERSON)).extracting(c -> c.entity().getName())
                .containsExactly("Vladimir Putin");
    }

    /** Ten entities of every type sharing {@code articles} down to {@code articles - 39} articles. */
    private void fillEveryType(long articles) {
        for (int i = 0; i < 10; i++) {
            count(new Person("Person " + i), articles - i);
            count(new Organization("Organization " + i, null), articles - 10 - i);
            count(new Country("C" + i, "Country " + i), articles - 20 - i);
            count(new Topic("topic " + i), articles - 30 - i);
        }
    }
}
