package org.newsbrowser.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A subject articles are about ("drones", "sanctions"), detected from the words of the text. */
@Entity
@DiscriminatorValue("TOPIC")
public class Topic extends NamedEntity {

    protected Topic() {
    }

    public Topic(String name) {
        super(EntityType.TOPIC, name, null);
    }

    Topic(String name, String nameKey) {
        super(EntityType.TOPIC, name, nameKey, null);
    }
}
