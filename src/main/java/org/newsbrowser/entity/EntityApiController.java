package org.newsbrowser.entity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrowser.system.CacheablePage;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** JSON for one entity: its articles (paginated, with snippets) and the entities mentioned alongside it. */
@CacheablePage
@RestController
@RequestMapping("/api")
class EntityApiController {

    private final EntityPages pages;

    EntityApiController(EntityPages pages) {
        this.pages = pages;
    }

    @GetMapping("/{path:people|organizations|countries|topics}/{id}")
    EntityJson entity(@PathVariable String path, @PathVariable String id, @RequestParam(defaultValue = "0") int page) {
        NamedEntity entity = pages.find(EntityTypes.byPath(path), id);
        if (entity.isHidden()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, entity.getType().label() + " " + id
                    + " is hidden by a curator (see " + entity.getPath() + ")");
        }
        EntityPages.EntityPage view = pages.page(entity, page);
        Map<String, List<EntityRef>> coMentioned = new LinkedHashMap<>();
        view.coMentioned().forEach((type, counts) ->
                coMentioned.put(type.path(), counts.stream().map(EntityRef::withArticles).toList()));
        return new EntityJson(view.entity().getType().parameter(), EntityRef.of(view.entity()),
                new PagedModel<>(view.articles().map(a -> ArticleJson.of(a, view.snippets().get(a.id())))),
                coMentioned);
    }

    /** An entity, the articles mentioning it, and its co-mentioned entities keyed by type ("people", ...). */
    record EntityJson(String type, EntityRef entity, PagedModel<ArticleJson> articles,
                      Map<String, List<EntityRef>> coMentioned) {
    }

    /**
     * An article mentioning the entity, how often, how much it is about it ({@link Aboutness}), and the text around
     * its first mention.
     */
    record ArticleJson(Long id, String title, String source, Instant publishedAt, int mentions, double aboutness,
                       boolean about, String snippet) {

        static ArticleJson of(EntityArticle article, MentionSnippet snippet) {
            return new ArticleJson(article.id(), article.title(), article.source(), article.publishedAt(),
                    article.mentionCount(), Math.round(article.aboutness() * 100) / 100.0, article.about(),
                    snippet == null ? null : snippet.before() + snippet.mention() + snippet.after());
        }
    }
}
