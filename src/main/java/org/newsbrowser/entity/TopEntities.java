package org.newsbrowser.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * The entities to show from counts made over appearances alone ({@link EntityIdCount}), most articles first, then the
 * given ids first (a filter's own entities, which every one of its articles names), then by name; hidden entities and
 * entities of other types left out.
 *
 * <p>Reads the entities in growing slices, most counted first, and stops as soon as no entity left unread can enter
 * the lists: at a hundred thousand articles a month of news names some 26,000 entities and a much-mentioned person
 * shares articles with a few thousand, while the lists show a dozen of each type, nearly always settled by the first
 * {@value #FIRST_READ}.
 */
public final class TopEntities {

    /** The entities read in the first slice. */
    static final int FIRST_READ = 200;
    /** The most ids one read asks for, well within the parameters a statement may have (65,535 on PostgreSQL). */
    static final int MAX_READ = 10_000;

    private final Set<EntityType> types;
    private final Comparator<EntityCount> order;
    private final Function<Collection<Long>, List<NamedEntity>> read;
    private final Map<EntityType, List<EntityCount>> byType = new EnumMap<>(EntityType.class);

    private TopEntities(Set<EntityType> types, Collection<Long> first,
                        Function<Collection<Long>, List<NamedEntity>> read) {
        this.types = types;
        this.order = Comparator.comparingLong(EntityCount::articles).reversed()
                .thenComparing(count -> !first.contains(count.entity().getId()))
                .thenComparing(count -> count.entity().getName());
        this.read = read;
        types.forEach(type -> byType.put(type, new ArrayList<>()));
    }

    /**
     * The first {@code perType} entities of each of the given types (an empty list for a type with none).
     *
     * @param mostFirst the counts, most articles first
     * @param first     ids to rank first among entities counted in as many articles
     * @param read      reads the entities with the given ids (those merged away since are missing)
     */
    public static Map<EntityType, List<EntityCount>> byType(List<EntityIdCount> mostFirst, Set<EntityType> types,
                                                            int perType, Collection<Long> first,
                                                            Function<Collection<Long>, List<NamedEntity>> read) {
        requirePositive(perType);
        TopEntities top = new TopEntities(types, first, read);
        top.readUntil(mostFirst,
                next -> top.byType.values().stream().allMatch(counts -> top.settled(counts, perType, next)));
        top.byType.replaceAll((type, counts) -> top.firsts(counts, perType));
        return top.byType;
    }

    /** The first {@code limit} entities of the given types taken together; the parameters as {@link #byType}'s. */
    public static List<EntityCount> overall(List<EntityIdCount> mostFirst, Set<EntityType> types, int limit,
                                            Collection<Long> first,
                                            Function<Collection<Long>, List<NamedEntity>> read) {
        requirePositive(limit);
        TopEntities top = new TopEntities(types, first, read);
        top.readUntil(mostFirst, next -> top.settled(top.all(), limit, next));
        return top.firsts(top.all(), limit);
    }

    private static void requirePositive(int wanted) {
        if (wanted < 1) {
            throw new IllegalArgumentException("at least one entity: " + wanted);
        }
    }

    /** Reads slice after slice until {@code settled} holds for the count of the first entity not read, or all are. */
    private void readUntil(List<EntityIdCount> mostFirst, LongPredicate settled) {
        int done = 0;
        while (done < mostFirst.size() && (done == 0 || !settled.test(mostFirst.get(done).articles()))) {
            int slice = done == 0 ? FIRST_READ : Math.min(MAX_READ, 3 * done);
            int end = Math.min(mostFirst.size(), done + slice);
            add(mostFirst.subList(done, end));
            done = end;
        }
    }

    private void add(List<EntityIdCount> counted) {
        Map<Long, Long> articles = new HashMap<>();
        counted.forEach(count -> articles.put(count.id(), count.articles()));
        for (NamedEntity entity : read.apply(articles.keySet())) {
            if (!entity.isHidden() && types.contains(entity.getType())) {
                byType.get(entity.getType()).add(new EntityCount(entity, articles.get(entity.getId())));
            }
        }
    }

    /** Whether no entity counted in at most {@code next} articles can enter the first {@code wanted} of these. */
    private boolean settled(List<EntityCount> counts, int wanted, long next) {
        return counts.size() >= wanted && firsts(counts, wanted).get(wanted - 1).articles() > next;
    }

    private List<EntityCount> all() {
        return byType.values().stream().flatMap(List::stream).toList();
    }

    private List<EntityCount> firsts(List<EntityCount> counts, int wanted) {
        return counts.stream().sorted(order).limit(wanted).toList();
    }
}
