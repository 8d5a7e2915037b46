package org.newsbrowser.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.newsbrowser.entity.Decision;
import org.newsbrowser.entity.EntityDecision;

/** A name key's decision as it was before an action changed it, or that there was none; what undo puts back. */
@Embeddable
public class PriorDecision {

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    /** Whether the key had a decision row; kept with the action as the record of what was there. */
    @Column(nullable = false)
    private boolean existed;

    @Embedded
    private Decision decision;

    protected PriorDecision() {
    }

    PriorDecision(String nameKey, EntityDecision current) {
        this.nameKey = nameKey;
        this.existed = current != null;
        this.decision = current == null ? Decision.NONE : current.getDecision();
    }

    String nameKey() {
        return nameKey;
    }

    /** Puts this state back on the decision row of the key. */
    void restoreOn(EntityDecision row) {
        row.decide(decision);
    }
}
