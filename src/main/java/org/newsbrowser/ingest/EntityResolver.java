package org.newsbrowser.ingest;

import java.util.List;
import java.util.Optional;
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
 * surname alone joins the one person of that surname already known, if there is exactly one.
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
                .or(() -> type == EntityType.PERSON ? onlyPersonWithSurname(key) : Optional.empty())
                .orElseGet(() -> entities.save(create(type, normalized)));
    }

    private Optional<NamedEntity> onlyPersonWithSurname(String key) {
        if (key.contains(" ")) {
            return Optional.empty();
        }
        List<NamedEntity> namesakes = entities.findPeopleWithSurname(key).stream()
                .filter(p -> Surnames.of(p.getNameKey()).equals(key))
                .toList();
        return namesakes.size() == 1 ? Optional.of(namesakes.get(0)) : Optional.empty();
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
