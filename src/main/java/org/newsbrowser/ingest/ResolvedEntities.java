package org.newsbrowser.ingest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;

/**
 * The entities an ingest run has resolved so far, by type and name key, so that each is looked up once per run
 * rather than once per article. The entities are detached once their article is written: they stand for their rows
 * as references (id and type, which never change), not as state to read. The least recently used are forgotten
 * beyond a bound, so a run over a million articles keeps memory flat; a forgotten entity is looked up again.
 *
 * <p>It also holds, for the batch being written only, the keys a batched look-up found neither an entity nor a
 * curator's decision for: those are created on first mention without looking them up one by one.
 */
public final class ResolvedEntities {

    private static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, NamedEntity> byKey;
    private final Set<String> newInBatch = new HashSet<>();

    /** An empty set, for one ingest run. */
    public ResolvedEntities() {
        this(DEFAULT_CAPACITY);
    }

    ResolvedEntities(int capacity) {
        this.byKey = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NamedEntity> eldest) {
                return size() > capacity;
            }
        };
    }

    NamedEntity get(EntityType type, String key) {
        return byKey.get(cacheKey(type, key));
    }

    void put(EntityType type, String key, NamedEntity entity) {
        String cacheKey = cacheKey(type, key);
        byKey.put(cacheKey, entity);
        newInBatch.remove(cacheKey);
    }

    /** Notes that the batch's look-up found no entity and no decision under this key. */
    void putNew(EntityType type, String key) {
        newInBatch.add(cacheKey(type, key));
    }

    /** Whether the batch's look-up found no entity and no decision under this key, and none was created since. */
    boolean isNew(EntityType type, String key) {
        return newInBatch.contains(cacheKey(type, key));
    }

    /**
     * Forgets which keys were new, at the end of a batch's transaction: by the next one, another writer (a curator)
     * may have created them or decided about them.
     */
    void endBatch() {
        newInBatch.clear();
    }

    /** Forgets everything, as after a rollback: an entity created in the rolled-back transaction does not exist. */
    void clear() {
        byKey.clear();
        newInBatch.clear();
    }

    int size() {
        return byKey.size();
    }

    private static String cacheKey(EntityType type, String key) {
        return type.name() + '\u0000' + key;
    }
}
