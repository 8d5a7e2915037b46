package org.newsbrowser.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A country, addressed by its ISO 3166-1 alpha-2 code; its mentions include demonyms and capitals. */
@Entity
@DiscriminatorValue("COUNTRY")
public class Country extends NamedEntity {

    protected Country() {
    }

    public Country(String code, String name) {
        super(name, code);
    }

    public String getCode() {
        return getCountryCode();
    }

    @Override
    public EntityType getType() {
        return EntityType.COUNTRY;
    }
}
