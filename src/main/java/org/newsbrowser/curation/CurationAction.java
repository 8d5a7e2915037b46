package org.newsbrowser.curation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;

/**
 * One line of the curation log: who did what to which entity, when and from where, and whether it was undone. It
 * keeps what undo needs: the entity's name, key and code (a merged entity is deleted), and the decisions it changed
 * as they were before.
 */
@Entity
@Table(name = "curation_action")
public class CurationAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CurationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 16)
    private EntityType entityType;

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    /** The entity's name when the action was taken (for a rename, the name before it). */
    @Column(name = "entity_name", nullable = false, length = 300)
    private String entityName;

    @Column(name = "entity_key", nullable = false, length = 300)
    private String entityKey;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    /** The entity merged into, or the other entity of a dismissed suggestion. */
    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "target_name", length = 300)
    private String targetName;

    @Column(name = "target_key", length = 300)
    private String targetKey;

    /** A rename's new name. */
    @Column(name = "new_name", length = 300)
    private String newName;

    @Column(nullable = false, length = 100)
    private String curator;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(name = "performed_at", nullable = false)
    private Instant performedAt;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by", length = 100)
    private String undoneBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "curation_prior_decision", joinColumns = @JoinColumn(name = "action_id"))
    private List<PriorDecision> priorDecisions = new ArrayList<>();

    protected CurationAction() {
    }

    CurationAction(CurationKind kind, NamedEntity entity, Curator curator, Instant performedAt) {
        this.kind = kind;
        this.entityType = entity.getType();
        this.entityId = entity.getId();
        this.entityName = entity.getName();
        this.entityKey = entity.getNameKey();
        this.countryCode = entity.getCountryCode();
        this.curator = curator.name();
        this.remoteAddress = curator.address();
        this.performedAt = performedAt;
    }

    CurationAction withTarget(NamedEntity target) {
        this.targetId = target.getId();
        this.targetName = target.getName();
        this.targetKey = target.getNameKey();
        return this;
    }

    CurationAction withNewName(String name) {
        this.newName = name;
        return this;
    }

    CurationAction withPriorDecisions(List<PriorDecision> prior) {
        this.priorDecisions.addAll(prior);
        return this;
    }

    void undone(Curator by, Instant at) {
        this.undoneBy = by.name();
        this.undoneAt = at;
    }

    /** After an undone merge the entity is back, under a new id. */
    void restoredAs(NamedEntity entity) {
        this.entityId = entity.getId();
    }

    public Long getId() {
        return id;
    }

    public CurationKind getKind() {
        return kind;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getEntityName() {
        return entityName;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getTargetKey() {
        return targetKey;
    }

    public String getNewName() {
        return newName;
    }

    public String getCurator() {
        return curator;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public Instant getPerformedAt() {
        return performedAt;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    List<PriorDecision> getPriorDecisions() {
        return priorDecisions;
    }

    /** The page of the entity acted on, or null when it is gone (merged away and not restored). */
    public String getEntityPath() {
        if (kind == CurationKind.MERGE && !isUndone()) {
            return null;
        }
        return pathOf(entityId, countryCode);
    }

    /** The page of the entity merged into, or of the other entity of a dismissed suggestion. */
    public String getTargetPath() {
        return targetId == null ? null : pathOf(targetId, null);
    }

    private String pathOf(Long id, String code) {
        return "/" + entityType.path() + "/" + (entityType == EntityType.COUNTRY ? code : id);
    }
}
