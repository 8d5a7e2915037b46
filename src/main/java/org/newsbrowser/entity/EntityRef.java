package org.newsbrowser.entity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An entity as the JSON API names it: countries by ISO code, everything else by id; {@code articles} or
 * {@code mentions} only where counted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityRef(Long id, String code, String name, Long articles, Long mentions) {

    public static EntityRef of(NamedEntity entity) {
        return entity.getType() == EntityType.COUNTRY
                ? new EntityRef(null, entity.getCountryCode(), entity.getName(), null, null)
                : new EntityRef(entity.getId(), null, entity.getName(), null, null);
    }

    public static EntityRef withArticles(EntityCount count) {
        EntityRef ref = of(count.entity());
        return new EntityRef(ref.id, ref.code, ref.name, count.articles(), null);
    }

    public static EntityRef withMentions(NamedEntity entity, long mentions) {
        EntityRef ref = of(entity);
        return new EntityRef(ref.id, ref.code, ref.name, null, mentions);
    }
}
