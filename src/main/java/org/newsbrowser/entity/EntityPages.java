package org.newsbrowser.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads what an entity's page and its API resource show: the entity, its articles with snippets, and the entities
 * mentioned alongside it. Shared by {@link EntityController} and {@link EntityApiController}.
 */
@Component
class EntityPages {

    static final int ARTICLES_PER_PAGE = 20;
    static final int CO_MENTIONS_PER_TYPE = 10;

    private final NamedEntityRepository entities;
    private final AppearanceRepository appearances;

    EntityPages(NamedEntityRepository entities, AppearanceRepository appearances) {
        this.entities = entities;
        this.appearances = appearances;
    }

    NamedEntity find(EntityType type, String idOrCode) {
        return (type == EntityType.COUNTRY ? country(idOrCode) : byId(type, idOrCode))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No " + type.label().toLowerCase(Locale.ROOT) + " " + idOrCode));
    }

    private Optional<NamedEntity> country(String code) {
        return code.matches("[A-Za-z]{2}")
                ? entities.findCountry(code.toUpperCase(Locale.ROOT)).map(NamedEntity.class::cast)
                : Optional.empty();
    }

    private Optional<NamedEntity> byId(EntityType type, String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    type.label() + " id must be a number, not '" + (id.length() > 20 ? id.substring(0, 20) + "…" : id) + "'");
        }
        return entities.findById(Long.parseLong(id)).filter(e -> e.getType() == type);
    }

    EntityPage page(NamedEntity entity, int pageNumber) {
        if (pageNumber < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more");
        }
        Page<EntityArticle> articles = appearances.findArticles(entity.getId(), PageRequest.of(pageNumber, ARTICLES_PER_PAGE));
        return new EntityPage(entity, articles, snippets(entity, articles),
                entities.findCoMentioned(entity.getId(), CO_MENTIONS_PER_TYPE));
    }

    private Map<Long, MentionSnippet> snippets(NamedEntity entity, Page<EntityArticle> articles) {
        Map<Long, MentionSnippet> snippets = new HashMap<>();
        if (articles.isEmpty()) {
            return snippets;
        }
        for (Object[] row : appearances.findFirstMentionWindows(entity.getId(), articles.map(EntityArticle::id).toList())) {
            Long articleId = (Long) row[0];
            snippets.put(articleId, MentionSnippet.of(articleId, (String) row[4], (Integer) row[3],
                    (Integer) row[1], (Integer) row[2]));
        }
        return snippets;
    }

    /** Everything an entity page shows. */
    record EntityPage(NamedEntity entity, Page<EntityArticle> articles, Map<Long, MentionSnippet> snippets,
                      Map<EntityType, List<EntityCount>> coMentioned) {
    }
}
