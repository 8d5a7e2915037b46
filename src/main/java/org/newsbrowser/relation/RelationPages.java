package org.newsbrowser.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.timeline.Timeline;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads what the relationship page of two entities and its API resource show: the articles naming both (a page of
 * them, newest first), in each the sentences naming both, the first and last dated article, and a timeline.
 */
@Component
class RelationPages {

    static final int ARTICLES_PER_PAGE = 10;

    private final NamedEntityRepository entities;
    private final RelationRepository relations;

    RelationPages(NamedEntityRepository entities, RelationRepository relations) {
        this.entities = entities;
        this.relations = relations;
    }

    Relation find(String a, String b, int page) {
        EntityKey first = EntityKey.parse("a", a);
        EntityKey second = EntityKey.parse("b", b);
        if (first.equals(second)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a and b must be two different entities");
        }
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more");
        }
        NamedEntity one = first.find(entities);
        NamedEntity other = second.find(entities);
        Page<RelationArticle> articles = relations.findShared(one.getId(), other.getId(),
                PageRequest.of(page, ARTICLES_PER_PAGE));
        ArticleFilter both = ArticleFilter.of(one, other);
        Timeline timeline = Timeline.of(relations.countByDay(one.getId(), other.getId()),
                (from, to) -> both.withRange(from, to).url());
        return new Relation(one, other, articles, sentences(articles, one, other),
                relations.findFirst(one.getId(), other.getId(), Limit.of(1)).stream().findFirst().orElse(null),
                relations.findLast(one.getId(), other.getId(), Limit.of(1)).stream().findFirst().orElse(null),
                timeline, both.url());
    }

    private Map<Long, List<SharedSentence>> sentences(Page<RelationArticle> articles, NamedEntity a, NamedEntity b) {
        Map<Long, List<SharedSentence>> sentences = new HashMap<>();
        if (articles.isEmpty()) {
            return sentences;
        }
        List<Long> ids = articles.map(RelationArticle::id).toList();
        Map<Long, List<Mention>> mentions = relations.findMentions(ids, a.getId(), b.getId()).stream()
                .collect(Collectors.groupingBy(m -> m.getArticle().getId()));
        for (Object[] row : relations.findBodies(ids)) {
            Long id = (Long) row[0];
            sentences.put(id, SharedSentence.of(id, (String) row[1], mentions.getOrDefault(id, List.of()), a, b));
        }
        return sentences;
    }

    /**
     * Everything a relationship page shows.
     *
     * @param sentences per article of the page, the sentences naming both
     * @param first     the earliest dated article naming both, or null
     * @param last      the latest dated article naming both, or null
     * @param listUrl   the article list filtered by both
     */
    record Relation(NamedEntity a, NamedEntity b, Page<RelationArticle> articles,
                    Map<Long, List<SharedSentence>> sentences, RelationArticle first, RelationArticle last,
                    Timeline timeline, String listUrl) {

        public List<SharedSentence> sentencesOf(Long articleId) {
            return sentences.getOrDefault(articleId, List.of());
        }
    }
}
