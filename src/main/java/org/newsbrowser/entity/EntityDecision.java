package org.newsbrowser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What curators decided about one name key of one type, kept apart from the entities so that it outlives them: an
 * ingest consults it for every mention (see {@code EntityResolver}), so a merge, a rename or a hide still holds
 * when the articles are ingested again, or when the entity was dropped and comes back.
 */
@Entity
@Table(name = "entity_decision")
public class EntityDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntityType type;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Embedded
    private Decision decision = Decision.NONE;

    protected EntityDecision() {
    }

    public EntityDecision(EntityType type, String nameKey) {
        this.type = type;
        this.nameKey = nameKey;
    }

    public Long getId() {
        return id;
    }

    public EntityType getType() {
        return type;
    }

    public String getNameKey() {
        return nameKey;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getResolvesTo() {
        return decision.resolvesTo();
    }

    public String getDisplayName() {
        return decision.displayName();
    }

    public boolean isHidden() {
        return decision.hidden();
    }

    public void decide(Decision decided) {
        this.decision = decided;
    }

    /** Whether this row decides nothing any more and can go. */
    public boolean isEmpty() {
        return decision.isNone();
    }
}
