package org.newsbrowser.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An entity mentioned in the same articles as another, counted by {@link NamedEntityRepository#countCoMentions}:
 * its id, type and name (enough to rank it) and the number of articles the two share.
 */
public record CoMention(Long id, EntityType type, String name, long articles) {

    private static final Comparator<CoMention> MOST_SHARED_FIRST =
            Comparator.comparingLong(CoMention::articles).reversed().thenComparing(CoMention::name);

    /** The first {@code perType} of each type, most shared first, then by name; a type with none is absent. */
    static Map<EntityType, List<CoMention>> topByType(Collection<CoMention> counted, int perType) {
        return counted.stream().collect(Collectors.groupingBy(CoMention::type, () -> new EnumMap<>(EntityType.class),
                Collectors.collectingAndThen(Collectors.toList(),
                        ofType -> ofType.stream().sorted(MOST_SHARED_FIRST).limit(perType).toList())));
    }
}
