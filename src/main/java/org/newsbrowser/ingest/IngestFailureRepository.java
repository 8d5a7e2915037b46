package org.newsbrowser.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Files that failed to ingest, with their reasons. */
public interface IngestFailureRepository extends JpaRepository<IngestFailure, Long> {

    Optional<IngestFailure> findBySource(String source);

    List<IngestFailure> findAllByOrderBySource();

    @Modifying
    @Query("delete from IngestFailure f where f.source in :sources")
    void deleteBySources(Collection<String> sources);
}
