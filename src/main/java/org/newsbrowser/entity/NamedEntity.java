package org.newsbrowser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something articles mention: a person, organization, country or topic. One table holds all four so that filters,
 * facet counts and co-mentions treat them alike; the subclasses say what is particular to each.
 */
@Entity
@Table(name = "named_entity")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "type", discriminatorType = DiscriminatorType.STRING, length = 16)
public abstract class NamedEntity {

    // Ids in blocks of 50 from a sequence, so that inserts go in JDBC batches (db.migration.V8__SequenceIds).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "named_entity_seq")
    @SequenceGenerator(name = "named_entity_seq", sequenceName = "named_entity_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    /** The name folded for matching (lower case, no diacritics): one entity per key and type. */
    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    /** A curator hid it as a false entity: queries that list entities leave it out ({@code e.hidden = false}). */
    @Column(nullable = false)
    private boolean hidden;

    /**
     * The discriminator, mapped read-only so queries can filter on it, and set by the constructors of new entities.
     * Read here rather than overridden per subclass: the compiled template expressions cast to the class that
     * declares a getter, and a getter per subclass made every {@code entity.type} fail and be compiled again
     * whenever a page showed another kind of entity (docs/BENCHMARKS.md).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "type", insertable = false, updatable = false)
    private EntityType type;

    protected NamedEntity() {
    }

    protected NamedEntity(EntityType type, String name, String countryCode) {
        this(type, name, NameKey.of(name), countryCode);
    }

    protected NamedEntity(EntityType type, String name, String nameKey, String countryCode) {
        this.type = type;
        this.name = name;
        this.nameKey = nameKey;
        this.countryCode = countryCode;
    }

    /**
     * An entity of the given type under an explicit name key, as when a curated key is shown under another name;
     * a country's key is always its code.
     */
    public static NamedEntity create(EntityType type, String name, String nameKey, String countryCode) {
        return switch (type) {
            case PERSON -> new Person(name, nameKey);
            case ORGANIZATION -> new Organization(name, nameKey, countryCode);
            case COUNTRY -> new Country(countryCode, name);
            case TOPIC -> new Topic(name, nameKey);
        };
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    /** For a country its ISO 3166-1 alpha-2 code; for an organization standing for a state, that state's code. */
    public String getCountryCode() {
        return countryCode;
    }

    public EntityType getType() {
        return type;
    }

    public boolean isHidden() {
        return hidden;
    }

    /** Shows the entity under another name; its name key, which ingest matches mentions by, stays. */
    public void rename(String newName) {
        this.name = newName;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    /** The path of this entity's page; countries are addressed by ISO code, the others by id. */
    public String getPath() {
        return "/" + getType().path() + "/" + (getType() == EntityType.COUNTRY ? countryCode : id);
    }

    /** The value identifying this entity in an article-list filter, as in {@code ?country=IR} or {@code ?person=4}. */
    public String getFilterValue() {
        return getType() == EntityType.COUNTRY ? countryCode : String.valueOf(id);
    }
}
