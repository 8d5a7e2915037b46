package org.newsbrowser.curation;

import java.util.Collection;
import org.newsbrowser.entity.EntityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The curation log. */
public interface CurationActionRepository extends JpaRepository<CurationAction, Long> {

    @Query("select a from CurationAction a order by a.performedAt desc, a.id desc")
    Page<CurationAction> findLog(Pageable pageable);

    /** The id of the earliest action after the given one, not undone, on an entity with one of the keys. */
    @Query("""
            select min(a.id) from CurationAction a
            where a.id > :after and a.undoneAt is null and a.kind <> org.newsbrowser.curation.CurationKind.DISMISS
              and a.entityType = :type and (a.entityKey in :keys or a.targetKey in :keys)""")
    Long findLaterOnKeys(Long after, EntityType type, Collection<String> keys);
}
