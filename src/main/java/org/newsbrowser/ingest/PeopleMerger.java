package org.newsbrowser.ingest;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsbrowser.article.CorpusChanged;
import org.newsbrowser.entity.EntityMerger;
import org.newsbrowser.entity.PersonNameKey;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.extract.PersonNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges people known only by a surname ("Khamenei") into the one person of the corpus with that surname and a
 * full name ("Ali Khamenei"). It runs after every file of an ingest is stored, so the result does not depend on the
 * order of the files. A surname shared by two full names merges nowhere. Being the last step of an ingest, it also
 * tells the caches of corpus-wide counts that the corpus has settled, so the pages after an ingest show all of it.
 */
@Service
class PeopleMerger {

    private final NamedEntityRepository entities;
    private final EntityMerger merger;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    PeopleMerger(NamedEntityRepository entities, EntityMerger merger, ApplicationEventPublisher events,
                 EntityManager entityManager) {
        this.entities = entities;
        this.merger = merger;
        this.events = events;
        this.entityManager = entityManager;
    }

    /**
     * Merges every surname-only person that has exactly one full-name match; returns how many were merged. The
     * people are read once and matched in memory, and each merge is written and forgotten before the next, so the
     * cost grows with the people merged, not with the people times the surnames. Once committed, the next page
     * counts the corpus afresh.
     */
    @Transactional
    public int mergeSurnameOnlyPeople() {
        List<PersonNameKey> people = entities.findPersonNameKeys();
        Map<String, List<PersonNameKey>> fullNamesBySurname = people.stream().filter(p -> !p.isSingleWord())
                .collect(Collectors.groupingBy(p -> PersonNames.surnameKey(p.name())));
        int merged = 0;
        for (PersonNameKey single : people) {
            if (!single.isSingleWord()) {
                continue;
            }
            List<PersonNameKey> fullNames = fullNamesBySurname.getOrDefault(single.nameKey(), List.of()).stream()
                    .filter(p -> p.nameKey().endsWith(single.nameKey()))
                    .toList();
            if (fullNames.size() == 1) {
                merger.merge(entities.getReferenceById(single.id()), entities.getReferenceById(fullNames.get(0).id()));
                entityManager.clear();
                merged++;
            }
        }
        events.publishEvent(CorpusChanged.atOnce());
        return merged;
    }
}
