package org.newsbrowser.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An entity mentioned in the same articles as another, counted by {@link NamedEntityRepository#countCoMentions}:
 * its id and the number of articles the two share.
 */
public record CoMention(Long id, long articles) {

    /**
     * The counted entities read in the first step of {@link #topByType}: at a hundred thousand articles a
     * much-mentioned person shares articles with a few thousand entities, and reading every one of them to learn
     * its type cost more than counting them.
     */
    static final int FIRST_READ = 200;

    private static final Comparator<EntityCount> MOST_SHARED_FIRST = Comparator.comparingLong(EntityCount::articles)
            .reversed().thenComparing(count -> count.entity().getName());

    /**
     * The first {@code perType} entities of each type that are not hidden, most shared first, then by name; a type
     * with none is absent. Reads the most shared {@value #FIRST_READ} entities, and the others in a second read only
     * when the first cannot settle every type's list: a type has fewer than {@code perType}, or its last one shares
     * no more articles than the next entity not read, which might then rank before it by name.
     *
     * @param mostSharedFirst the counts, most shared articles first
     * @param perType         1 or more
     * @param read            reads the entities with the given ids (those merged away since are missing)
     */
    static Map<EntityType, List<EntityCount>> topByType(List<CoMention> mostSharedFirst, int perType,
                                                        Function<Collection<Long>, List<NamedEntity>> read) {
        if (perType < 1) {
            throw new IllegalArgumentException("at least one entity per type: " + perType);
        }
        Map<EntityType, List<EntityCount>> byType = new EnumMap<>(EntityType.class);
        int firstRead = Math.min(FIRST_READ, mostSharedFirst.size());
        add(byType, mostSharedFirst.subList(0, firstRead), read);
        if (firstRead < mostSharedFirst.size() && !settled(byType, perType, mostSharedFirst.get(firstRead))) {
            add(byType, mostSharedFirst.subList(firstRead, mostSharedFirst.size()), read);
        }
        byType.replaceAll((type, counts) -> counts.stream().sorted(MOST_SHARED_FIRST).limit(perType).toList());
        return byType;
    }

    private static void add(Map<EntityType, List<EntityCount>> byType, List<CoMention> counted,
                            Function<Collection<Long>, List<NamedEntity>> read) {
        Map<Long, Long> articles = new HashMap<>();
        counted.forEach(c -> articles.put(c.id(), c.articles()));
        for (NamedEntity entity : read.apply(articles.keySet())) {
            if (!entity.isHidden()) {
                byType.computeIfAbsent(entity.getType(), type -> new ArrayList<>())
                        .add(new EntityCount(entity, articles.get(entity.getId())));
            }
        }
    }

    /** Whether no entity sharing at most {@code next}'s articles can enter any type's first {@code perType}. */
    private static boolean settled(Map<EntityType, List<EntityCount>> byType, int perType, CoMention next) {
        for (EntityType type : EntityType.values()) {
            List<EntityCount> counts = byType.getOrDefault(type, List.of());
            if (counts.size() < perType) {
                return false;
            }
            long lastShown = counts.stream().sorted(MOST_SHARED_FIRST).toList().get(perType - 1).articles();
            if (lastShown <= next.articles()) {
                return false;
            }
        }
        return true;
    }
}
