package org.newsbrowser.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** An organization: a company, party, agency, outlet, or a seat of government such as the Kremlin, which then carries its country's code. */
@Entity
@DiscriminatorValue("ORGANIZATION")
public class Organization extends NamedEntity {

    protected Organization() {
    }

    public Organization(String name, String countryCode) {
        super(EntityType.ORGANIZATION, name, countryCode);
    }

    Organization(String name, String nameKey, String countryCode) {
        super(EntityType.ORGANIZATION, name, nameKey, countryCode);
    }
}
