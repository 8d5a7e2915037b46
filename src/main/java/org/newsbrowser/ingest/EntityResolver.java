package org.newsbrowser.ingest;

import java.util.Map;
import org.newsbrowser.entity.Country;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NameKey;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.entity.Organization;
import org.newsbrowser.entity.Person;
import org.newsbrowser.entity.Topic;
import org.newsbrowser.extract.CountryGazetteer;
import org.springframework.stereotype.Component;

/**
 * Finds the stored entity a mention's normalized text stands for, creating it on first sight. A person named by
 * surname alone is kept as such here: whether it joins a full name can only be decided once every file is in (a
 * "Bill Clinton" may come after a "Hillary Clinton"), which {@link PeopleMerger} does after the ingest.
 */
@Component
class EntityResolver {

    private final NamedEntityRepository entities;
    private final CountryGazetteer gazetteer;

    EntityResolver(NamedEntityRepository entities, CountryGazetteer gazetteer) {
        this.entities = entities;
        this.gazetteer = gazetteer;
    }

    NamedEntity resolve(EntityType type, String normalized) {
        return entities.findByTypeAndNameKey(type, keyOf(type, normalized))
                .orElseGet(() -> entities.save(create(type, normalized)));
    }

    /**
     * The id of the entity the mention stands for, created on first sight, looked up once per ingest run.
     *
     * @param known ids resolved earlier in the run, by type and name key; added to here
     */
    long resolveId(EntityType type, String normalized, Map<String, Long> known) {
        String key = type + "\u0000" + keyOf(type, normalized);
        Long id = known.get(key);
        if (id == null) {
            id = resolve(type, normalized).getId();
            known.put(key, id);
        }
        return id;
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

    private NamedEntity create(EntityType type, String normalized) {
        return switch (type) {
            case PERSON -> new Person(normalized);
            case ORGANIZATION -> new Organization(normalized, countryOf(normalized));
            case COUNTRY -> new Country(normalized, gazetteer.byCode(normalized)
                    .map(CountryGazetteer.Country::name).orElse(normalized));
            case TOPIC -> new Topic(normalized);
        };
    }
}
