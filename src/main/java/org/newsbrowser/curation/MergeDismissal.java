package org.newsbrowser.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.newsbrowser.entity.EntityType;

/** A merge suggestion a curator dismissed, by the two name keys in order, so it stays dismissed across ingests. */
@Entity
@Table(name = "merge_dismissal")
public class MergeDismissal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntityType type;

    @Column(name = "first_key", nullable = false, length = 300)
    private String firstKey;

    @Column(name = "second_key", nullable = false, length = 300)
    private String secondKey;

    protected MergeDismissal() {
    }

    MergeDismissal(EntityType type, String oneKey, String otherKey) {
        this.type = type;
        this.firstKey = oneKey.compareTo(otherKey) <= 0 ? oneKey : otherKey;
        this.secondKey = oneKey.compareTo(otherKey) <= 0 ? otherKey : oneKey;
    }

    /** The pair as one string, the same whichever way round the keys are given. */
    static String pairOf(EntityType type, String oneKey, String otherKey) {
        return oneKey.compareTo(otherKey) <= 0 ? type + "\n" + oneKey + "\n" + otherKey
                : type + "\n" + otherKey + "\n" + oneKey;
    }

    String pair() {
        return pairOf(type, firstKey, secondKey);
    }

    EntityType getType() {
        return type;
    }

    String getFirstKey() {
        return firstKey;
    }

    String getSecondKey() {
        return secondKey;
    }
}
