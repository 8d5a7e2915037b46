package org.newsbrowser.article;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.MentionCounts;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.quote.Quote;
import org.newsbrowser.search.SearchCounts;
import org.newsbrowser.system.CacheablePage;
import org.newsbrowser.timeline.DayCount;
import org.newsbrowser.timeline.Timeline;
import org.newsbrowser.quote.QuoteRepository;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The article list with its filter panel, and the page of one article. */
@CacheablePage
@Controller
class ArticleController {

    static final int FACET_VALUES = 12;
    static final int RELATED_ARTICLES = 5;

    private final ArticleListing listing;
    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final QuoteRepository quotes;

    ArticleController(ArticleListing listing, ArticleRepository articles, MentionRepository mentions,
                      QuoteRepository quotes) {
        this.listing = listing;
        this.articles = articles;
        this.mentions = mentions;
        this.quotes = quotes;
    }

    @GetMapping("/")
    String list(@Valid ArticleFilterParams filterParams, @Valid ArticleListParams params, Model model) {
        ArticleListing.Listing result = listing.list(filterParams, params, new SearchCounts(FACET_VALUES, true));
        Map<EntityType, List<EntityCount>> facets = result.filter().hasQuery() ? result.searchFacets()
                : articles.countEntitiesByType(result.filter(), EnumSet.allOf(EntityType.class), FACET_VALUES);
        model.addAttribute("listing", result);
        model.addAttribute("facets", facets);
        model.addAttribute("sorts", ArticleSort.values());
        model.addAttribute("people", EntityType.PERSON);
        model.addAttribute("countries", EntityType.COUNTRY);
        model.addAttribute("clearUrl", ArticleFilter.NONE.url(result.sort()));
        model.addAttribute("timeline", timeline(result));
        model.addAttribute("timelineHeading", timelineHeading(result.filter()));
        model.addAttribute("pageUrl", (Function<Integer, String>) page -> pageUrl(result, page));
        return "article/list";
    }

    /**
     * The listed articles over time: over the chosen dates when there are some, so a range zooms in. A search's
     * results were counted per day by the index, all of them, with the page.
     */
    private Timeline timeline(ArticleListing.Listing listing) {
        ArticleFilter filter = listing.filter();
        List<DayCount> days = filter.hasQuery() ? listing.searchDays() : articles.countByDay(filter).stream()
                .map(row -> new DayCount((LocalDate) row[0], (Long) row[1], 0)).toList();
        return Timeline.of(days, (from, to) -> filter.withRange(from, to).url(listing.sort()));
    }

    static String timelineHeading(ArticleFilter filter) {
        return filter.hasQuery() ? "Search results over time" : "Articles over time";
    }

    private static String pageUrl(ArticleListing.Listing listing, int page) {
        String url = listing.filter().url(listing.sort());
        return page == 0 ? url : url + (url.contains("?") ? "&" : "?") + "page=" + page;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, Model model) {
        Article article = articles.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No article with id " + id));
        List<Mention> found = mentions.findByArticle(id);
        List<Quote> quoted = quotes.findByArticle(id);
        model.addAttribute("article", article);
        model.addAttribute("paragraphs", HighlightedText.of(article.getBody(), found, quoted));
        model.addAttribute("quotes", quoted);
        model.addAttribute("mentionCounts", MentionCounts.byType(found));
        model.addAttribute("related", related(id));
        return "article/article";
    }

    private List<RelatedArticle> related(long id) {
        Map<Long, Long> sharedCounts = articles.findRelated(id, Limit.of(RELATED_ARTICLES)).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1], (a, b) -> a, LinkedHashMap::new));
        if (sharedCounts.isEmpty()) {
            return List.of();
        }
        Map<Long, RelatedArticle> related = new LinkedHashMap<>();
        sharedCounts.keySet().forEach(relatedId -> related.put(relatedId, null));
        for (Object[] row : articles.findShared(id, sharedCounts.keySet())) {
            Long relatedId = (Long) row[0];
            RelatedArticle current = related.get(relatedId);
            if (current == null) {
                current = new RelatedArticle(relatedId, (String) row[1], new ArrayList<>());
                related.put(relatedId, current);
            }
            current.shared().add((NamedEntity) row[2]);
        }
        return related.values().stream().filter(r -> r != null).toList();
    }

    /** An article sharing entities with the one shown, and which. */
    record RelatedArticle(Long id, String title, List<NamedEntity> shared) {

        /** The shared entities grouped by type, for "shares 4 people, 2 countries". */
        public Map<EntityType, List<NamedEntity>> sharedByType() {
            return shared.stream().collect(Collectors.groupingBy(NamedEntity::getType,
                    () -> new EnumMap<>(EntityType.class), Collectors.toList()));
        }
    }
}
