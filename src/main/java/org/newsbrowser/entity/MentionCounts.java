package org.newsbrowser.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts an article's mentions per entity, for its side panel and its API resource. */
public final class MentionCounts {

    private MentionCounts() {
    }

    /** Per type, the entities mentioned with how often, most mentioned first (ties in order of first mention). */
    public static Map<EntityType, List<Map.Entry<NamedEntity, Long>>> byType(List<Mention> mentions) {
        Map<NamedEntity, Long> counts = mentions.stream()
                .collect(Collectors.groupingBy(Mention::getEntity, LinkedHashMap::new, Collectors.counting()));
        Map<EntityType, List<Map.Entry<NamedEntity, Long>>> byType = new EnumMap<>(EntityType.class);
        counts.entrySet().stream()
                .sorted(Map.Entry.<NamedEntity, Long>comparingByValue().reversed())
                .forEach(e -> byType.computeIfAbsent(e.getKey().getType(), t -> new ArrayList<>()).add(e));
        return byType;
    }
}
