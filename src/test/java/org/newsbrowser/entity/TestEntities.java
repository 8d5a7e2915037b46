package org.newsbrowser.entity;

import org.springframework.test.util.ReflectionTestUtils;

/** Entities with ids, as if loaded from the database, for tests without one. */
public final class TestEntities {

    private TestEntities() {
    }

    public static <T extends NamedEntity> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    public static Person person(long id, String name) {
        return withId(new Person(name), id);
    }

    public static Country country(long id, String code, String name) {
        return withId(new Country(code, name), id);
    }
}
