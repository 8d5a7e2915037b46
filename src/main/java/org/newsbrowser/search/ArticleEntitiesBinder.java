package org.newsbrowser.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;

/**
 * Indexes an article's appearances as the ids of the entities it mentions, one multi-valued field per type
 * ({@code person}, {@code organization}, {@code country}, {@code topic}, as the list's filter parameters), for the
 * entity filters and the facet counts of a search.
 *
 * <p>An appearance saved or deleted as an entity (ingest, people merging) reindexes its article; an entity's id and
 * type never change, so only the association to it is a dependency.
 */
public class ArticleEntitiesBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().use("entity");
        Map<EntityType, IndexFieldReference<Long>> fields = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            fields.put(type, context.indexSchemaElement()
                    .field(fieldName(type), f -> f.asLong().aggregable(Aggregable.YES))
                    .multiValued()
                    .toReference());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Collection<Appearance>> collectionType = (Class) Collection.class;
        context.bridge(collectionType, new Bridge(fields));
    }

    /** The index field holding the ids of the entities of this type an article mentions. */
    public static String fieldName(EntityType type) {
        return type.parameter();
    }

    private record Bridge(Map<EntityType, IndexFieldReference<Long>> fields)
            implements PropertyBridge<Collection<Appearance>> {

        @Override
        public void write(DocumentElement target, Collection<Appearance> appearances,
                          PropertyBridgeWriteContext context) {
            for (Appearance appearance : appearances) {
                NamedEntity entity = appearance.getEntity();
                target.addValue(fields.get(entity.getType()), entity.getId());
            }
        }
    }
}
