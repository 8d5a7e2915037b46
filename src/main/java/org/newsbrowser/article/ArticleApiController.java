package org.newsbrowser.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsbrowser.entity.EntityRef;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.MentionCounts;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.search.SearchCounts;
import org.newsbrowser.search.SearchMatch;
import org.newsbrowser.system.CacheablePage;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** JSON for the article list (same filters as the page) and for one article with its entities and mentions. */
@CacheablePage
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

    private final ArticleListing listing;
    private final ArticleRepository articles;
    private final MentionRepository mentions;

    ArticleApiController(ArticleListing listing, ArticleRepository articles, MentionRepository mentions) {
        this.listing = listing;
        this.articles = articles;
        this.mentions = mentions;
    }

    @GetMapping
    PagedModel<ArticleSummaryJson> list(@Valid ArticleFilterParams filterParams, @Valid ArticleListParams params) {
        ArticleListing.Listing result = listing.list(filterParams, params, SearchCounts.NONE);
        return new PagedModel<>(result.page().map(row -> {
            SearchMatch match = result.match(row.id());
            return new ArticleSummaryJson(row.id(), row.title(), row.source(), row.lead(), row.publishedAt(),
                    refs(result.main(row.id(), EntityType.PERSON)), refs(result.main(row.id(), EntityType.COUNTRY)),
                    match == null ? null : match.score(), match == null ? null : match.snippet().html());
        }));
    }

    @GetMapping("/{id}")
    ArticleJson article(@PathVariable long id) {
        Article article = articles.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No article with id " + id));
        List<Mention> found = mentions.findByArticle(id);
        Map<EntityType, List<Map.Entry<NamedEntity, Long>>> counts = MentionCounts.byType(found);
        Function<EntityType, List<EntityRef>> ofType = type -> counts.getOrDefault(type, List.of()).stream()
                .map(e -> EntityRef.withMentions(e.getKey(), e.getValue()))
                .toList();
        return new ArticleJson(article.getId(), article.getTitle(), article.getSource(), article.getBody(),
                article.getByline(), article.getUrl(), article.getPublishedAt(),
                ofType.apply(EntityType.PERSON), ofType.apply(EntityType.ORGANIZATION),
                ofType.apply(EntityType.COUNTRY), ofType.apply(EntityType.TOPIC),
                found.stream().map(MentionJson::of).toList());
    }

    private static List<EntityRef> refs(List<NamedEntity> entities) {
        return entities.stream().map(EntityRef::of).toList();
    }

    /**
     * A row of the article list; a search result also has its relevance score and a snippet: passages around the
     * matches as safe HTML (the text escaped, matches in {@code <mark>}), empty when only the title matched.
     */
    record ArticleSummaryJson(Long id, String title, String source, String lead, Instant publishedAt,
                              List<EntityRef> people, List<EntityRef> countries,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Float score,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String snippet) {
    }

    /** One article with its cleaned text, its entities by type (with mention counts) and every mention. */
    record ArticleJson(Long id, String title, String source, String text, String byline, String url,
                       Instant publishedAt, List<EntityRef> people, List<EntityRef> organizations,
                       List<EntityRef> countries, List<EntityRef> topics, List<MentionJson> mentions) {
    }

    /** A mention: where it is in the text, what it says, and which entity it was resolved to. */
    record MentionJson(String type, int begin, int end, String text, String normalized, String extractor,
                       EntityRef entity) {

        static MentionJson of(Mention mention) {
            return new MentionJson(mention.getEntity().getType().parameter(), mention.getBegin(), mention.getEnd(),
                    mention.getText(), mention.getNormalized(), mention.getExtractor(),
                    EntityRef.of(mention.getEntity()));
        }
    }
}
