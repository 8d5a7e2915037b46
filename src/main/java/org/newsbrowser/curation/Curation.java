package org.newsbrowser.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.article.CorpusChanged;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.Decision;
import org.newsbrowser.entity.EntityDecision;
import org.newsbrowser.entity.EntityDecisionRepository;
import org.newsbrowser.entity.EntityMerger;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NameKey;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.ingest.AppearanceBuilder;
import org.newsbrowser.ingest.EntityResolver;
import org.newsbrowser.ingest.IngestProgress;
import org.newsbrowser.quote.Quote;
import org.newsbrowser.quote.QuoteAttributor;
import org.newsbrowser.quote.QuoteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Merges, renames, hides and unhides entities, and dismisses merge suggestions, each in one transaction with a line
 * in the log; and undoes them. Every action records the name-key decisions it changes as they were, and changes
 * them alongside the entities, so that ingest (which consults the decisions) keeps the result when the articles
 * are read again, and undo can put everything back.
 */
@Service
public class Curation {

    static final int MAX_NAME = 300;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final NamedEntityRepository entities;
    private final EntityDecisionRepository decisions;
    private final CurationActionRepository actions;
    private final MergeDismissalRepository dismissals;
    private final MentionRepository mentions;
    private final AppearanceRepository appearances;
    private final QuoteRepository quotes;
    private final QuoteAttributor quoteAttributor = new QuoteAttributor();
    private final ArticleRepository articles;
    private final EntityMerger merger;
    private final EntityResolver resolver;
    private final IngestProgress ingest;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Curation(NamedEntityRepository entities, EntityDecisionRepository decisions, CurationActionRepository actions,
             MergeDismissalRepository dismissals, MentionRepository mentions, AppearanceRepository appearances,
             QuoteRepository quotes, ArticleRepository articles, EntityMerger merger, EntityResolver resolver,
             IngestProgress ingest, Clock clock, ApplicationEventPublisher events) {
        this.entities = entities;
        this.decisions = decisions;
        this.actions = actions;
        this.dismissals = dismissals;
        this.mentions = mentions;
        this.appearances = appearances;
        this.quotes = quotes;
        this.articles = articles;
        this.merger = merger;
        this.resolver = resolver;
        this.ingest = ingest;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Merges one entity into another named by id ("42" or "#42") or by name, as typed in the entity page's form; an
     * unknown id is a 404, an unknown name a 400.
     */
    @Transactional
    public CurationAction merge(long fromId, String into, Curator curator) {
        NamedEntity from = find(fromId);
        String reference = into == null ? "" : into.strip();
        if (reference.matches("#?\\d{1,18}")) {
            return merge(fromId, Long.parseLong(reference.replace("#", "")), curator);
        }
        if (reference.isEmpty() || reference.length() > MAX_NAME) {
            throw badRequest("into must be the name or id of the " + label(from) + " to merge into");
        }
        String key = NameKey.of(reference);
        NamedEntity target = entities.findByTypeAndNameKey(from.getType(), key)
                .or(() -> decisions.findByTypeAndNameKey(from.getType(), key)
                        .filter(d -> d.getResolvesTo() != null)
                        .flatMap(d -> entities.findByTypeAndNameKey(from.getType(), d.getResolvesTo())))
                .orElseThrow(() -> badRequest("there is no " + label(from) + " named " + reference));
        return merge(fromId, target.getId(), curator);
    }

    /**
     * Merges one entity into another of the same type: mentions and appearances move over, and every name key that
     * resolved to the merged entity resolves to the kept one from now on.
     */
    @Transactional
    public CurationAction merge(long fromId, long intoId, Curator curator) {
        NamedEntity from = find(fromId);
        NamedEntity into = find(intoId);
        refuseDuringIngest();
        if (from.getType() == EntityType.COUNTRY) {
            throw badRequest("countries are identified by ISO code and cannot be merged; hide a false one instead");
        }
        if (from.getType() != into.getType()) {
            throw badRequest(from.getName() + " is a " + label(from) + " and " + into.getName() + " a " + label(into)
                    + "; only entities of one type can be merged");
        }
        if (from.getId().equals(into.getId())) {
            throw badRequest("an entity cannot be merged into itself");
        }
        Set<String> movedKeys = keysResolvingTo(from);
        movedKeys.remove(into.getNameKey());
        Set<String> touched = new LinkedHashSet<>(movedKeys);
        touched.add(into.getNameKey());
        CurationAction action = new CurationAction(CurationKind.MERGE, from, curator, clock.instant())
                .withTarget(into).withPriorDecisions(snapshot(from.getType(), touched));
        Map<String, EntityDecision> rows = decisionRows(from.getType(), touched);
        movedKeys.forEach(key -> rows.get(key).decide(rows.get(key).getDecision().resolvingTo(into.getNameKey())));
        EntityDecision kept = rows.get(into.getNameKey());
        kept.decide(kept.getDecision().shownAs(into.getName()).hiding(into.isHidden()));
        save(rows.values());
        merger.merge(from, into);
        return changedCorpus(actions.save(action));
    }

    /**
     * Shows an entity under another name. Its name key stays, and the new name's key resolves to it, so that
     * articles naming it either way find it.
     */
    @Transactional
    public CurationAction rename(long id, String newName, Curator curator) {
        NamedEntity entity = find(id);
        String name = validName(newName);
        refuseDuringIngest();
        String newKey = NameKey.of(name);
        boolean aliased = entity.getType() != EntityType.COUNTRY && !newKey.equals(entity.getNameKey());
        if (aliased) {
            entities.findByTypeAndNameKey(entity.getType(), newKey).ifPresent(other -> {
                throw badRequest("there is already a " + label(other) + " named " + other.getName() + " (" + other.getPath()
                        + "); merge the two instead");
            });
        }
        Set<String> touched = aliased ? Set.of(entity.getNameKey(), newKey) : Set.of(entity.getNameKey());
        CurationAction action = new CurationAction(CurationKind.RENAME, entity, curator, clock.instant())
                .withNewName(name).withPriorDecisions(snapshot(entity.getType(), touched));
        Map<String, EntityDecision> rows = decisionRows(entity.getType(), touched);
        EntityDecision own = rows.get(entity.getNameKey());
        own.decide(own.getDecision().shownAs(name));
        if (aliased) {
            rows.get(newKey).decide(Decision.NONE.resolvingTo(entity.getNameKey()));
        }
        save(rows.values());
        entity.rename(name);
        return changedCorpus(actions.save(action));
    }

    /** Hides an entity from every list, chip, filter, count, index, highlight and the API, or shows it again. */
    @Transactional
    public CurationAction setHidden(long id, boolean hidden, Curator curator) {
        NamedEntity entity = find(id);
        refuseDuringIngest();
        if (entity.isHidden() == hidden) {
            throw badRequest(entity.getName() + " is " + (hidden ? "already hidden" : "not hidden"));
        }
        Set<String> touched = Set.of(entity.getNameKey());
        CurationAction action = new CurationAction(hidden ? CurationKind.HIDE : CurationKind.UNHIDE, entity, curator,
                clock.instant()).withPriorDecisions(snapshot(entity.getType(), touched));
        EntityDecision own = decisionRows(entity.getType(), touched).get(entity.getNameKey());
        own.decide(own.getDecision().hiding(hidden));
        save(List.of(own));
        entity.setHidden(hidden);
        return changedCorpus(actions.save(action));
    }

    /** Remembers that two entities are not the same, so the review queue stops suggesting the merge. */
    @Transactional
    public CurationAction dismiss(long firstId, long secondId, Curator curator) {
        NamedEntity first = find(firstId);
        NamedEntity second = find(secondId);
        if (first.getType() != second.getType() || first.getId().equals(second.getId())) {
            throw badRequest("a suggestion is a pair of different entities of one type");
        }
        if (dismissalOf(first.getType(), first.getNameKey(), second.getNameKey()) == null) {
            dismissals.save(new MergeDismissal(first.getType(), first.getNameKey(), second.getNameKey()));
        }
        return actions.save(new CurationAction(CurationKind.DISMISS, first, curator, clock.instant()).withTarget(second));
    }

    /**
     * Undoes an action: its decisions are put back as they were and the entities with them; an undone merge brings
     * the merged entity back (under a new id) with the mentions whose names were its own and the quotes they
     * attribute. An action is undone
     * only after every later action on the same entities, so that each undo restores a state that existed.
     */
    @Transactional
    public CurationAction undo(long actionId, Curator curator) {
        CurationAction action = actions.findById(actionId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No curation action " + actionId));
        if (action.isUndone()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Action " + actionId + " was already undone");
        }
        refuseDuringIngest();
        if (action.getKind() == CurationKind.DISMISS) {
            MergeDismissal dismissal = dismissalOf(action.getEntityType(), action.getEntityKey(), action.getTargetKey());
            if (dismissal != null) {
                dismissals.delete(dismissal);
            }
        } else {
            refuseIfLaterActions(action);
            restoreDecisions(action);
            switch (action.getKind()) {
                case MERGE -> unmerge(action);
                case RENAME -> current(action).ifPresent(e -> e.rename(action.getEntityName()));
                case HIDE, UNHIDE -> current(action).ifPresent(e -> e.setHidden(action.getKind() == CurationKind.UNHIDE));
                default -> throw new IllegalStateException("no undo for " + action.getKind());
            }
        }
        action.undone(curator, clock.instant());
        return changedCorpus(action);
    }

    /** Tells the caches of corpus-wide counts that the entities changed, once this transaction commits. */
    private CurationAction changedCorpus(CurationAction action) {
        events.publishEvent(CorpusChanged.atOnce());
        return action;
    }

    private void unmerge(CurationAction action) {
        EntityType type = action.getEntityType();
        NamedEntity restored = resolver.entityFor(type, action.getEntityKey(), action.getEntityName());
        action.restoredAs(restored);
        NamedEntity kept = entities.findByTypeAndNameKey(type, action.getTargetKey()).orElse(null);
        if (kept == null) {
            return;
        }
        Set<String> keys = action.getPriorDecisions().stream().map(PriorDecision::nameKey)
                .filter(key -> !key.equals(action.getTargetKey())).collect(Collectors.toSet());
        List<String> normalized = mentions.findNormalizedOf(kept).stream()
                .filter(text -> keys.contains(NameKey.of(text))).toList();
        if (normalized.isEmpty()) {
            return;
        }
        List<Long> articleIds = mentions.findArticlesWithNormalized(kept, normalized);
        mentions.reassignNormalized(kept, restored, normalized);
        rebuildAppearances(List.of(restored, kept), articleIds);
        giveBackQuotes(kept, restored, articleIds);
    }

    /**
     * Gives the restored entity the quotes the merge had moved to the kept one. The merge did not record whose
     * they were, so each of the kept entity's quotes in the articles is attributed again, as ingest attributes it,
     * over the two entities' mentions (now each under its own entity): it goes back when its speaker is a name of
     * the restored entity.
     */
    private void giveBackQuotes(NamedEntity kept, NamedEntity restored, List<Long> articleIds) {
        Map<Long, List<Quote>> keptQuotes = quotes.findByPersonInArticles(kept, articleIds).stream()
                .collect(Collectors.groupingBy(q -> q.getArticle().getId()));
        if (keptQuotes.isEmpty()) {
            return;
        }
        Map<Long, List<Mention>> byArticle = mentionsByArticle(List.of(restored, kept), keptQuotes.keySet());
        for (Article article : articles.findAllById(keptQuotes.keySet())) {
            Map<String, NamedEntity> speakers = new HashMap<>();
            List<ExtractedMention> found = new ArrayList<>();
            for (Mention m : byArticle.getOrDefault(article.getId(), List.of())) {
                speakers.put(m.getNormalized(), m.getEntity());
                found.add(extracted(m));
            }
            Map<List<Integer>, NamedEntity> speakerAt = new HashMap<>();
            quoteAttributor.attribute(article.getBody(), found).forEach(q ->
                    speakerAt.put(List.of(q.begin(), q.end()), speakers.get(q.speaker())));
            keptQuotes.get(article.getId()).stream()
                    .filter(q -> restored.equals(speakerAt.get(List.of(q.getBegin(), q.getEnd()))))
                    .forEach(q -> q.attributeTo(restored));
        }
        quotes.flush();
    }

    /**
     * Recomputes the appearances of the entities in the articles from their mentions, as ingest computes them, for
     * when mentions were taken from one entity and given back to another.
     */
    private void rebuildAppearances(List<NamedEntity> of, List<Long> articleIds) {
        appearances.deleteByEntitiesInArticles(of, articleIds);
        Map<Long, List<Mention>> byArticle = mentionsByArticle(of, articleIds);
        for (Article article : articles.findAllById(byArticle.keySet())) {
            Map<ExtractedMention, NamedEntity> entityOf = new HashMap<>();
            List<ExtractedMention> found = new ArrayList<>();
            for (Mention m : byArticle.get(article.getId())) {
                ExtractedMention extracted = extracted(m);
                entityOf.put(extracted, m.getEntity());
                found.add(extracted);
            }
            appearances.saveAll(AppearanceBuilder.of(article, found, entityOf::get));
        }
        appearances.flush();
    }

    private Map<Long, List<Mention>> mentionsByArticle(List<NamedEntity> of, Collection<Long> articleIds) {
        return mentions.findByEntitiesInArticles(of, articleIds).stream()
                .collect(Collectors.groupingBy(m -> m.getArticle().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    /** A stored mention as extraction found it, for the code that ingest runs over an article's mentions. */
    private static ExtractedMention extracted(Mention m) {
        return new ExtractedMention(m.getEntity().getType(), m.getBegin(), m.getEnd(), m.getText(),
                m.getNormalized(), m.getExtractor());
    }

    /** The keys whose mentions now resolve to the entity: its own, its mentions', and those aliased to it. */
    private Set<String> keysResolvingTo(NamedEntity entity) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(entity.getNameKey());
        mentions.findNormalizedOf(entity).forEach(text -> keys.add(NameKey.of(text)));
        decisions.findAliasesOf(entity.getType(), entity.getNameKey()).forEach(d -> keys.add(d.getNameKey()));
        return keys;
    }

    private List<PriorDecision> snapshot(EntityType type, Collection<String> keys) {
        Map<String, EntityDecision> existing = decisions.findByTypeAndNameKeys(type, keys).stream()
                .collect(Collectors.toMap(EntityDecision::getNameKey, d -> d));
        return keys.stream().map(key -> new PriorDecision(key, existing.get(key))).toList();
    }

    /** The decision row of every key, new (unsaved) ones for keys without. */
    private Map<String, EntityDecision> decisionRows(EntityType type, Collection<String> keys) {
        Map<String, EntityDecision> rows = new LinkedHashMap<>();
        decisions.findByTypeAndNameKeys(type, keys).forEach(d -> rows.put(d.getNameKey(), d));
        keys.forEach(key -> rows.computeIfAbsent(key, k -> new EntityDecision(type, k)));
        return rows;
    }

    /** Saves rows that decide something and deletes those that decide nothing any more. */
    private void save(Collection<EntityDecision> rows) {
        for (EntityDecision row : rows) {
            if (!row.isEmpty()) {
                decisions.save(row);
            } else if (row.getId() != null) {
                decisions.delete(row);
            }
        }
        decisions.flush();
    }

    private void restoreDecisions(CurationAction action) {
        List<PriorDecision> prior = action.getPriorDecisions();
        Map<String, EntityDecision> rows = decisionRows(action.getEntityType(),
                prior.stream().map(PriorDecision::nameKey).toList());
        // A key without a decision before the action gets Decision.NONE back, and save() drops its row.
        prior.forEach(p -> p.restoreOn(rows.get(p.nameKey())));
        save(rows.values());
    }

    private void refuseIfLaterActions(CurationAction action) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(action.getEntityKey());
        if (action.getTargetKey() != null) {
            keys.add(action.getTargetKey());
        }
        Long later = actions.findLaterOnKeys(action.getId(), action.getEntityType(), keys);
        if (later != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Action " + later
                    + " changed the same entity later; undo it first");
        }
    }

    private Optional<NamedEntity> current(CurationAction action) {
        return entities.findByTypeAndNameKey(action.getEntityType(), action.getEntityKey());
    }

    private MergeDismissal dismissalOf(EntityType type, String oneKey, String otherKey) {
        MergeDismissal probe = new MergeDismissal(type, oneKey, otherKey);
        return dismissals.find(type, probe.getFirstKey(), probe.getSecondKey()).orElse(null);
    }

    NamedEntity find(long id) {
        return entities.findById(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No entity with id " + id));
    }

    private void refuseDuringIngest() {
        if (ingest.state() == IngestProgress.State.RUNNING) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The corpus is being ingested; curate once it is done (see /ingest)");
        }
    }

    static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw badRequest("name must not be blank");
        }
        if (stripped.length() > MAX_NAME) {
            throw badRequest("name must be at most " + MAX_NAME + " characters");
        }
        if (CONTROL.matcher(stripped).find()) {
            throw badRequest("name must not contain control characters or line breaks");
        }
        return stripped;
    }

    private static String label(NamedEntity entity) {
        return entity.getType().label().toLowerCase(Locale.ROOT);
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
