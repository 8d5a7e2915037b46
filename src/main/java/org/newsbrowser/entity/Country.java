package org.newsbrowser.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.Locale;

/** A country, addressed by its ISO 3166-1 alpha-2 code; its mentions include demonyms and capitals. */
@Entity
@DiscriminatorValue("COUNTRY")
public class Country extends NamedEntity {

    protected Country() {
    }

    /** A country is keyed by its code, so that every name and demonym of it finds the one entity. */
    public Country(String code, String name) {
        super(EntityType.COUNTRY, name, keyOf(code), code);
    }

    public static String keyOf(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    public String getCode() {
        return getCountryCode();
    }
}
