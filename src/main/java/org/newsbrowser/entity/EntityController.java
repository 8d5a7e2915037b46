package org.newsbrowser.entity;

import jakarta.validation.constraints.Min;
import java.util.function.Function;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.extract.CountryGazetteer;
import org.newsbrowser.quote.QuoteRepository;
import org.newsbrowser.relation.EntityKey;
import org.newsbrowser.system.CacheablePage;
import org.newsbrowser.timeline.Timeline;
import org.newsbrowser.timeline.TimelineRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The index of each kind of entity, and the page of one entity. */
@CacheablePage
@Controller
class EntityController {

    static final int INDEX_PAGE_SIZE = 50;

    static final int QUOTES_SHOWN = 20;

    private final EntityPages pages;
    private final NamedEntityRepository entities;
    private final CountryGazetteer gazetteer;
    private final TimelineRepository timelines;
    private final QuoteRepository quotes;

    EntityController(EntityPages pages, NamedEntityRepository entities, CountryGazetteer gazetteer,
                     TimelineRepository timelines, QuoteRepository quotes) {
        this.pages = pages;
        this.entities = entities;
        this.gazetteer = gazetteer;
        this.timelines = timelines;
        this.quotes = quotes;
    }

    @GetMapping("/{path:people|organizations|countries|topics}")
    String index(@PathVariable String path, @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        EntityType type = EntityTypes.byPath(path);
        model.addAttribute("type", type);
        model.addAttribute("entities", entities.findIndex(type, PageRequest.of(page, INDEX_PAGE_SIZE)));
        model.addAttribute("pageUrl", (Function<Integer, String>) n -> "/" + path + (n == 0 ? "" : "?page=" + n));
        return "entity/index";
    }

    @GetMapping("/{path:people|organizations|countries|topics}/{id}")
    String entity(@PathVariable String path, @PathVariable String id,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        EntityType type = EntityTypes.byPath(path);
        NamedEntity entity = pages.find(type, id);
        model.addAttribute("view", pages.page(entity, page));
        model.addAttribute("filterUrl", ArticleFilter.of(entity).url());
        if (entity.getType() == EntityType.ORGANIZATION && entity.getCountryCode() != null) {
            entities.findCountry(entity.getCountryCode()).ifPresent(state -> model.addAttribute("country", state));
            model.addAttribute("seatOfGovernment", gazetteer.isGovernmentBuilding(entity.getName()));
        }
        model.addAttribute("bothUrl", (Function<NamedEntity, String>) other -> ArticleFilter.of(entity, other).url());
        model.addAttribute("relationUrl", (Function<NamedEntity, String>) other -> EntityKey.url(entity, other));
        ArticleFilter alone = ArticleFilter.of(entity);
        model.addAttribute("timeline", Timeline.of(timelines.countEntityByDay(entity.getId()),
                (from, to) -> alone.withRange(from, to).url()));
        if (entity.getType() == EntityType.PERSON) {
            model.addAttribute("quotes", quotes.findByPerson(entity.getId(), PageRequest.of(0, QUOTES_SHOWN)));
        }
        model.addAttribute("pageUrl", (Function<Integer, String>) n -> entity.getPath() + (n == 0 ? "" : "?page=" + n));
        return "entity/entity";
    }
}
