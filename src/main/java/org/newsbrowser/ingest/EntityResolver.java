package org.newsbrowser.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsbrowser.entity.Country;
import org.newsbrowser.entity.EntityDecision;
import org.newsbrowser.entity.EntityDecisionRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NameKey;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.extract.CountryGazetteer;
import org.newsbrowser.extract.ExtractedMention;
import org.springframework.stereotype.Component;

/**
 * Finds the stored entity a mention's normalized text stands for, creating it on first sight. Curators' decisions
 * come first: a name key merged into another entity, or the former name of a renamed one, resolves to that entity,
 * and an entity created under a curated key gets its curated name and stays hidden if it was hidden, so curation
 * survives re-ingest. A person named by surname alone is kept as such here: whether it joins a full name can only be
 * decided once every file is in (a "Bill Clinton" may come after a "Hillary Clinton"), which {@link PeopleMerger}
 * does after the ingest.
 */
@Component
public class EntityResolver {

    private static final int LOOK_UP_CHUNK = 500;

    private final NamedEntityRepository entities;
    private final EntityDecisionRepository decisions;
    private final CountryGazetteer gazetteer;

    EntityResolver(NamedEntityRepository entities, EntityDecisionRepository decisions, CountryGazetteer gazetteer) {
        this.entities = entities;
        this.decisions = decisions;
        this.gazetteer = gazetteer;
    }

    /** The entity a mention of the type with this normalized text belongs to. */
    public NamedEntity resolve(EntityType type, String normalized) {
        String key = keyOf(type, normalized);
        Optional<EntityDecision> decision = decisions.findByTypeAndNameKey(type, key);
        if (decision.isPresent() && decision.get().getResolvesTo() != null) {
            return entityFor(type, decision.get().getResolvesTo(), normalized);
        }
        return entities.findByTypeAndNameKey(type, key)
                .orElseGet(() -> entities.save(create(type, key, normalized, decision)));
    }

    /**
     * The entity with this name key, created as curators decided (their name for it, hidden or not) if it does not
     * exist, else under {@code name}; as when a mention resolves to a merged entity no article names directly, or
     * an undone merge brings an entity back.
     */
    public NamedEntity entityFor(EntityType type, String key, String name) {
        return entities.findByTypeAndNameKey(type, key)
                .orElseGet(() -> entities.save(create(type, key, name, decisions.findByTypeAndNameKey(type, key))));
    }

    /**
     * The entity the mention stands for, created on first sight, looked up once per ingest run.
     *
     * @param known entities resolved earlier in the run; added to here
     */
    NamedEntity resolve(EntityType type, String normalized, ResolvedEntities known) {
        String key = keyOf(type, normalized);
        NamedEntity entity = known.get(type, key);
        if (entity == null) {
            entity = known.isNew(type, key) ? entities.save(create(type, key, normalized, Optional.empty()))
                    : resolve(type, normalized);
            known.put(type, key, entity);
        }
        return entity;
    }

    /**
     * Looks up, a few queries for a whole batch of articles instead of two per name, the entities of the mentions
     * that {@code known} does not hold yet: those found join {@code known}, and the names with neither an entity nor
     * a curator's decision are marked new there, to be created when an article that is stored mentions them.
     * Names with a decision are left to {@link #resolve(EntityType, String, ResolvedEntities)}, which follows it.
     */
    void lookUp(Collection<ExtractedMention> mentions, ResolvedEntities known) {
        Map<EntityType, Set<String>> unknown = new EnumMap<>(EntityType.class);
        for (ExtractedMention m : mentions) {
            String key = keyOf(m.type(), m.normalized());
            if (known.get(m.type(), key) == null) {
                unknown.computeIfAbsent(m.type(), t -> new LinkedHashSet<>()).add(key);
            }
        }
        unknown.forEach((type, keys) -> chunks(keys).forEach(chunk -> lookUp(type, chunk, known)));
    }

    private void lookUp(EntityType type, List<String> keys, ResolvedEntities known) {
        Set<String> undecided = new LinkedHashSet<>(keys);
        decisions.findByTypeAndNameKeys(type, keys).forEach(d -> undecided.remove(d.getNameKey()));
        if (undecided.isEmpty()) {
            return;
        }
        for (NamedEntity entity : entities.findByTypeAndNameKeys(type, undecided)) {
            known.put(type, entity.getNameKey(), entity);
            undecided.remove(entity.getNameKey());
        }
        undecided.forEach(key -> known.putNew(type, key));
    }

    /** Keys in lists short enough for an {@code in (...)} list on any database. */
    private static List<List<String>> chunks(Set<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        for (String key : keys) {
            chunk.add(key);
            if (chunk.size() == LOOK_UP_CHUNK) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static String keyOf(EntityType type, String normalized) {
        return type == EntityType.COUNTRY ? Country.keyOf(normalized) : NameKey.of(normalized);
    }

    int deleteUnmentioned() {
        return entities.deleteUnmentioned();
    }

    /**
     * The country an organization stands for or belongs to: the state for a government building ("Kremlin"), the
     * country a national body is named after by its first word ("U.S. State Department", "Turkish Airlines");
     * null for any other organization.
     */
    private String countryOf(String organization) {
        if (gazetteer.isGovernmentBuilding(organization)) {
            return gazetteer.byName(organization).map(CountryGazetteer.Country::code).orElse(null);
        }
        String firstWord = organization.strip().split("\\s+")[0];
        return gazetteer.byName(firstWord).or(() -> gazetteer.byDemonym(firstWord))
                .map(CountryGazetteer.Country::code).orElse(null);
    }

    private NamedEntity create(EntityType type, String key, String normalized, Optional<EntityDecision> decision) {
        NamedEntity entity = switch (type) {
            case PERSON, TOPIC -> NamedEntity.create(type, normalized, key, null);
            case ORGANIZATION -> NamedEntity.create(type, normalized, key, countryOf(normalized));
            case COUNTRY -> new Country(key.toUpperCase(Locale.ROOT), gazetteer.byCode(key.toUpperCase(Locale.ROOT))
                    .map(CountryGazetteer.Country::name).orElse(normalized));
        };
        decision.ifPresent(d -> {
            if (d.getDisplayName() != null) {
                entity.rename(d.getDisplayName());
            }
            entity.setHidden(d.isHidden());
        });
        return entity;
    }
}
