package org.newsbrowser.relation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.newsbrowser.entity.EntityRef;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.system.CacheablePage;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON for the relationship of two entities, as the page shows it. */
@CacheablePage
@RestController
class RelationApiController {

    private final RelationPages pages;

    RelationApiController(RelationPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/relations")
    RelationJson relation(@RequestParam(required = false) String a, @RequestParam(required = false) String b,
                          @RequestParam(defaultValue = "0") int page) {
        RelationPages.Relation relation = pages.find(a, b, page);
        return new RelationJson(EntityJson.of(relation.a()), EntityJson.of(relation.b()),
                relation.first(), relation.last(), relation.timeline().unit().label(),
                relation.timeline().bars().stream().map(bar -> new BarJson(bar.from(), bar.to(), bar.articles())).toList(),
                new PagedModel<>(relation.articles().map(article -> new ArticleJson(article.id(), article.title(),
                        article.publishedAt(), relation.sentencesOf(article.id()).stream()
                        .map(s -> new SentenceJson(s.begin(), s.end(), s.getText(), s.getUrl())).toList()))));
    }

    /** Two entities, when they were first and last named together, counts over time and the sentences naming both. */
    record RelationJson(EntityJson a, EntityJson b, RelationArticle first, RelationArticle last, String unit,
                        List<BarJson> timeline, PagedModel<ArticleJson> articles) {
    }

    /** An entity with its type and key ("person:12"). */
    record EntityJson(String type, String key, EntityRef entity) {

        static EntityJson of(NamedEntity entity) {
            return new EntityJson(entity.getType().parameter(), EntityKey.of(entity).toString(), EntityRef.of(entity));
        }
    }

    /** Shared articles dated from {@code from} to {@code to} inclusive. */
    record BarJson(LocalDate from, LocalDate to, long articles) {
    }

    /** A shared article and its sentences naming both. */
    record ArticleJson(Long id, String title, Instant publishedAt, List<SentenceJson> sentences) {
    }

    /** A sentence naming both, its offsets in the article's text, and a link to it. */
    record SentenceJson(int begin, int end, String text, String url) {
    }
}
