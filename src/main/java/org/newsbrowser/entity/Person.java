package org.newsbrowser.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A person mentioned in articles, under their full name without titles ("Vladimir Putin"). */
@Entity
@DiscriminatorValue("PERSON")
public class Person extends NamedEntity {

    protected Person() {
    }

    public Person(String name) {
        super(EntityType.PERSON, name, null);
    }

    Person(String name, String nameKey) {
        super(EntityType.PERSON, name, nameKey, null);
    }
}
