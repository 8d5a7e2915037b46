package org.newsbrowser.curation;

import java.util.Optional;
import org.newsbrowser.entity.EntityType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Dismissed merge suggestions. */
public interface MergeDismissalRepository extends JpaRepository<MergeDismissal, Long> {

    @Query("""
            select d from MergeDismissal d
            where d.type = :type and d.firstKey = :firstKey and d.secondKey = :secondKey""")
    Optional<MergeDismissal> find(EntityType type, String firstKey, String secondKey);
}
