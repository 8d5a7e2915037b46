package org.newsbrowser.ingest;

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
        String key = type == EntityType.COUNTRY ? Country.keyOf(normalized) : NameKey.of(normalized);
        return entities.findByTypeAndNameKey(type, key)
                .orElseGet(() -> entities.save(create(type, normalized)));
    }

    int deleteUnmentioned() {
        return entities.deleteUnmentioned();
    }

    /** The country an organization such as "Kremlin" stands for, or null for any other organization. */
    private String seatOfGovernmentOf(String organization) {
        return gazetteer.isSeatOfGovernment(organization)
                ? gazetteer.byName(organization).map(CountryGazetteer.Country::code).orElse(null)
                : null;
    }

    private NamedEntity create(EntityType type, String normalized) {
        return switch (type) {
            case PERSON -> new Person(normalized);
            case ORGANIZATION -> new Organization(normalized, seatOfGovernmentOf(normalized));
            case COUNTRY -> new Country(normalized, gazetteer.byCode(normalized)
                    .map(CountryGazetteer.Country::name).orElse(normalized));
            case TOPIC -> new Topic(normalized);
        };
    }
}
