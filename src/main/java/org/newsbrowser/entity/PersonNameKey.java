package org.newsbrowser.entity;

/** A person's id, name and folded name key, read without loading the entity. */
public record PersonNameKey(Long id, String name, String nameKey) {

    /** Whether the person is known by one word only, such as a surname ("Khamenei"). */
    public boolean isSingleWord() {
        return !nameKey.contains(" ");
    }
}
