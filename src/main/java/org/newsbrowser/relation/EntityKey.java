package org.newsbrowser.relation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * An entity as a relationship URL names it: {@code person:12}, {@code organization:7}, {@code topic:3} by id and
 * {@code country:IR} by ISO code, as in {@code /relations?a=person:12&b=country:IR}.
 */
public record EntityKey(EntityType type, String value) {

    /** The key of an entity. */
    public static EntityKey of(NamedEntity entity) {
        return new EntityKey(entity.getType(), entity.getFilterValue());
    }

    /** The relationship page of two entities. */
    public static String url(NamedEntity a, NamedEntity b) {
        return "/relations?a=" + of(a) + "&b=" + of(b);
    }

    /**
     * Reads a key; a malformed one is a 400 whose message names the parameter and shows the expected form.
     */
    static EntityKey parse(String parameter, String key) {
        if (key == null || key.isBlank()) {
            throw badRequest(parameter + " is required, as type:id such as person:12 or country:IR");
        }
        int colon = key.indexOf(':');
        String typeName = colon < 0 ? "" : key.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : key.substring(colon + 1).strip();
        Optional<EntityType> type = Arrays.stream(EntityType.values()).filter(t -> t.parameter().equals(typeName))
                .findFirst();
        if (type.isEmpty()) {
            throw badRequest(parameter + " must be type:id with type person, organization, country or topic, not '"
                    + abbreviate(key) + "'");
        }
        boolean country = type.get() == EntityType.COUNTRY;
        if (country ? !value.matches("[A-Za-z]{2}") : !value.matches("\\d{1,18}")) {
            throw badRequest(parameter + " must name a " + typeName + " by "
                    + (country ? "two-letter ISO code, such as country:IR" : "number, such as " + typeName + ":12")
                    + ", not '" + abbreviate(key) + "'");
        }
        return new EntityKey(type.get(), country ? value.toUpperCase(Locale.ROOT) : value);
    }

    /** The entity this key names; 404 when there is none. */
    NamedEntity find(NamedEntityRepository entities) {
        Optional<NamedEntity> found = type == EntityType.COUNTRY
                ? entities.findCountry(value).map(NamedEntity.class::cast)
                : entities.findById(Long.parseLong(value)).filter(e -> e.getType() == type);
        return found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No " + type.label().toLowerCase(Locale.ROOT) + " " + value));
    }

    @Override
    public String toString() {
        return type.parameter() + ":" + value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
