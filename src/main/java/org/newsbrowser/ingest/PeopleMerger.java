package org.newsbrowser.ingest;

import java.util.List;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.extract.PersonNames;
import org.newsbrowser.quote.QuoteRepository;
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
    private final MentionRepository mentions;
    private final AppearanceRepository appearances;
    private final QuoteRepository quotes;

    PeopleMerger(NamedEntityRepository entities, MentionRepository mentions, AppearanceRepository appearances,
                 QuoteRepository quotes) {
        this.entities = entities;
        this.mentions = mentions;
        this.appearances = appearances;
        this.quotes = quotes;
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
                merge(single, fullNames.get(0));
                merged++;
            }
        }
        return merged;
    }

    private void merge(NamedEntity from, NamedEntity into) {
        mentions.reassign(from, into);
        quotes.reassign(from, into);
        for (Appearance appearance : appearances.findByEntity(from)) {
            appearances.findById(new Appearance.Key(appearance.getArticle().getId(), into.getId()))
                    .ifPresentOrElse(existing -> existing.absorb(appearance),
                            () -> appearances.save(new Appearance(appearance.getArticle(), into,
                                    appearance.getMentionCount(), appearance.getFirstOffset(),
                                    appearance.isProminent())));
            appearances.delete(appearance);
        }
        appearances.flush();
        entities.delete(from);
    }
}
