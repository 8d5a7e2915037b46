package org.newsbrowser.entity;

import java.util.Arrays;

/** Looks up entity types by their URL segment. */
final class EntityTypes {

    private EntityTypes() {
    }

    static EntityType byPath(String path) {
        return Arrays.stream(EntityType.values()).filter(t -> t.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entity type at /" + path));
    }
}
