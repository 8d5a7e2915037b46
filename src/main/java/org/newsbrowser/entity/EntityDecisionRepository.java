package org.newsbrowser.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Curators' decisions by name key, read by ingest for every mention and written by curation. */
public interface EntityDecisionRepository extends JpaRepository<EntityDecision, Long> {

    @Query("select d from EntityDecision d where d.type = :type and d.nameKey = :nameKey")
    Optional<EntityDecision> findByTypeAndNameKey(EntityType type, String nameKey);

    @Query("select d from EntityDecision d where d.type = :type and d.nameKey in :nameKeys")
    List<EntityDecision> findByTypeAndNameKeys(EntityType type, Collection<String> nameKeys);

    /** The keys whose mentions resolve to the entity with the given key (its aliases). */
    @Query("select d from EntityDecision d where d.type = :type and d.decision.resolvesTo = :nameKey")
    List<EntityDecision> findAliasesOf(EntityType type, String nameKey);
}
