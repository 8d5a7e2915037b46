package org.newsbrowser.entity;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsbrowser.quote.QuoteRepository;
import org.springframework.stereotype.Component;

/**
 * Merges one entity into another of the same type: its mentions and quotes move over, its appearances are combined with the
 * other's in the articles both appear in (mentions summed, the earlier first mention, named in the headline or lead
 * or prominent when either was), and the merged entity is deleted. Callers hold the transaction.
 */
@Component
public class EntityMerger {

    private final NamedEntityRepository entities;
    private final MentionRepository mentions;
    private final AppearanceRepository appearances;
    private final QuoteRepository quotes;

    EntityMerger(NamedEntityRepository entities, MentionRepository mentions, AppearanceRepository appearances,
                 QuoteRepository quotes) {
        this.entities = entities;
        this.mentions = mentions;
        this.appearances = appearances;
        this.quotes = quotes;
    }

    public void merge(NamedEntity from, NamedEntity into) {
        if (from.getType() != into.getType() || from.getId().equals(into.getId())) {
            throw new IllegalArgumentException("cannot merge " + from.getPath() + " into " + into.getPath());
        }
        mentions.reassign(from, into);
        quotes.reassign(from, into);
        Map<Long, Appearance> shared = appearances.findByEntityAlongside(into, from).stream()
                .collect(Collectors.toMap(ap -> ap.getArticle().getId(), Function.identity()));
        for (Appearance appearance : appearances.findByEntity(from)) {
            Appearance kept = shared.get(appearance.getArticle().getId());
            if (kept != null) {
                kept.absorb(appearance);
            } else {
                appearances.save(appearance.movedTo(into));
            }
            appearances.delete(appearance);
        }
        appearances.flush();
        entities.delete(from);
        entities.flush();
    }
}
