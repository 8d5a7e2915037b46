package org.newsbrowser.entity;

import java.util.Locale;

/** The kinds of thing an article can mention, each with its own pages. */
public enum EntityType {
    PERSON("people", "Person", "People"),
    ORGANIZATION("organizations", "Organization", "Organizations"),
    COUNTRY("countries", "Country", "Countries"),
    TOPIC("topics", "Topic", "Topics");

    private final String path;
    private final String label;
    private final String pluralLabel;

    EntityType(String path, String label, String pluralLabel) {
        this.path = path;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    /** The URL segment of this type's pages, as in {@code /people/42}. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public String pluralLabel() {
        return pluralLabel;
    }

    /** The filter parameter name for this type on the article list, as in {@code ?person=42}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
