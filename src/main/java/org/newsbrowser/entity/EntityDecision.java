package org.newsbrowser.entity;

import jakarta.persistence.Column;
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

    /** The name key of the entity mentions with this key belong to, when not their own (a merge or rename). */
    @Column(name = "resolves_to", length = 300)
    private String resolvesTo;

    /** The name an entity with this key is shown under, when a curator chose it. */
    @Column(name = "display_name", length = 300)
    private String displayName;

    @Column(nullable = false)
    private boolean hidden;

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

    public String getResolvesTo() {
        return resolvesTo;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isHidden() {
        return hidden;
    }

    /** Sets all three decisions at once, as when an undo puts back what they were. */
    public void decide(String resolvesTo, String displayName, boolean hidden) {
        this.resolvesTo = resolvesTo;
        this.displayName = displayName;
        this.hidden = hidden;
    }

    /** Whether this row decides nothing any more and can go. */
    public boolean isEmpty() {
        return resolvesTo == null && displayName == null && !hidden;
    }
}
