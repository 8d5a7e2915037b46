package org.newsbrowser.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.newsbrowser.entity.EntityDecision;

/** A name key's decision as it was before an action changed it, or that there was none; what undo puts back. */
@Embeddable
public class PriorDecision {

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Column(nullable = false)
    private boolean existed;

    @Column(name = "resolves_to", length = 300)
    private String resolvesTo;

    @Column(name = "display_name", length = 300)
    private String displayName;

    @Column(nullable = false)
    private boolean hidden;

    protected PriorDecision() {
    }

    PriorDecision(String nameKey, EntityDecision current) {
        this.nameKey = nameKey;
        this.existed = current != null;
        if (current != null) {
            this.resolvesTo = current.getResolvesTo();
            this.displayName = current.getDisplayName();
            this.hidden = current.isHidden();
        }
    }

    String nameKey() {
        return nameKey;
    }

    boolean existed() {
        return existed;
    }

    /** Puts this state back on the decision row of the key. */
    void restoreOn(EntityDecision decision) {
        decision.decide(resolvesTo, displayName, hidden);
    }
}
