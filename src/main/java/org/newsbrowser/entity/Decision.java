package org.newsbrowser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What curators decided about one name key, as a value: the key its mentions resolve to when not their own (a merge
 * or rename), the name shown when a curator chose one, and whether it is hidden. Kept by {@link EntityDecision}, and
 * by a curation action as it was before the action, for undo.
 *
 * @param resolvesTo  the name key of the entity mentions with this key belong to, or null for their own
 * @param displayName the name an entity with this key is shown under, or null for the most mentioned one
 * @param hidden      whether the entity is left out of every list, count and page
 */
@Embeddable
public record Decision(
        @Column(name = "resolves_to", length = 300) String resolvesTo,
        @Column(name = "display_name", length = 300) String displayName,
        @Column(nullable = false) boolean hidden) {

    /** Nothing decided: the key resolves to itself, shows its own name and is visible. */
    public static final Decision NONE = new Decision(null, null, false);

    public Decision resolvingTo(String nameKey) {
        return new Decision(nameKey, displayName, hidden);
    }

    public Decision shownAs(String name) {
        return new Decision(resolvesTo, name, hidden);
    }

    public Decision hiding(boolean hide) {
        return new Decision(resolvesTo, displayName, hide);
    }

    /** Whether this decides nothing. */
    public boolean isNone() {
        return equals(NONE);
    }
}
