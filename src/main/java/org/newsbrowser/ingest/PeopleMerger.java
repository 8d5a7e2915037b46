package org.newsbrowser.ingest;

import java.util.List;
import org.newsbrowser.article.CorpusChanged;
import org.newsbrowser.entity.EntityMerger;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.extract.PersonNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges people known only by a surname ("Khamenei") into the one person of the corpus with that surname and a
 * full name ("Ali Khamenei"). It runs after every file of an ingest is stored, so the result does not depend on the
 * order of the files. A surname shared by two full names merges nowhere.
 */
@Service
class PeopleMerger {

    private final NamedEntityRepository entities;
    private final EntityMerger merger;
    private final ApplicationEventPublisher events;

    PeopleMerger(NamedEntityRepository entities, EntityMerger merger, ApplicationEventPublisher events) {
        this.entities = entities;
        this.merger = merger;
        this.events = events;
    }

    /** Merges every surname-only person that has exactly one full-name match; returns how many were merged. */
    @Transactional
    public int mergeSurnameOnlyPeople() {
        int merged = 0;
        for (NamedEntity single : entities.findSingleWordPeople()) {
            List<NamedEntity> fullNames = entities.findPeopleWithSurname(single.getNameKey()).stream()
                    .filter(p -> p.getNameKey().contains(" "))
                    .filter(p -> PersonNames.surnameKey(p.getName()).equals(single.getNameKey()))
                    .toList();
            if (fullNames.size() == 1) {
                merger.merge(single, fullNames.get(0));
                merged++;
            }
        }
        if (merged > 0) {
            events.publishEvent(new CorpusChanged());
        }
        return merged;
    }
}
