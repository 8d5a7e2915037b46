package org.newsbrowser.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoMentionTests {

    /** The entities by id, as the database holds them, and the ids each read asked for. */
    private final Map<Long, NamedEntity> stored = new HashMap<>();
    private final List<Collection<Long>> reads = new ArrayList<>();
    private final List<CoMention> counted = new ArrayList<>();

    private List<NamedEntity> read(Collection<Long> ids) {
        reads.add(List.copyOf(ids));
        return ids.stream().filter(stored::containsKey).map(stored::get).toList();
    }

    private void count(NamedEntity entity, long articles) {
        long id = counted.size() + 1;
        stored.put(id, TestEntities.withId(entity, id));
        counted.add(new CoMention(id, articles));
    }

    private Map<EntityType, List<EntityCount>> top(int perType) {
        counted.sort(Comparator.comparingLong(CoMention::articles).reversed());
        return CoMention.topByType(counted, perType, this::read);
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
        assertThat(top).doesNotContainKeys(EntityType.ORGANIZATION, EntityType.TOPIC);
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
        assertThat(reads.get(0)).hasSize(CoMention.FIRST_READ);
        assertThat(top).hasSize(EntityType.values().length)
                .allSatisfy((type, counts) -> assertThat(counts).hasSize(10));
    }

    @Test
    void readsTheRestWhenAnEntityNotYetReadMayRankBeforeTheLastShownByName() {
        fillEveryType(1_000);
        count(new Person("Person 999"), 2);
        for (int i = counted.size(); i < CoMention.FIRST_READ; i++) {
            count(new Topic("filler " + i), 2);
        }
        count(new Person("Aaron"), 2);

        List<EntityCount> people = top(11).get(EntityType.PERSON);

        assertThat(reads).hasSize(2);
        assertThat(people).last().extracting(c -> c.entity().getName()).isEqualTo("Aaron");
    }

    @Test
    void readsTheRestWhenATypeIsShortAfterTheFirstRead() {
        for (int i = 0; i < 300; i++) {
            count(new Person("Person " + i), 1_000 - i);
        }
        count(new Topic("elections"), 1);

        Map<EntityType, List<EntityCount>> top = top(10);

        assertThat(reads).hasSize(2);
        assertThat(top.get(EntityType.TOPIC)).extracting(c -> c.entity().getName()).containsExactly("elections");
        assertThat(top.get(EntityType.PERSON)).extracting(EntityCount::articles).first().isEqualTo(1_000L);
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
