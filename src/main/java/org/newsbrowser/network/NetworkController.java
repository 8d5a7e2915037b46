package org.newsbrowser.network;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.article.ArticleFilterParams;
import org.newsbrowser.article.ArticleFilters;
import org.newsbrowser.article.ArticleSort;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.export.CsvWriter;
import org.newsbrowser.export.Downloads;
import org.newsbrowser.system.CacheablePage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network page (graph drawn by {@code network.js}, with a table that works without JavaScript), its GEXF and
 * GraphML downloads, and the CSV of one entity's co-mentions.
 */
@Controller
class NetworkController {

    /** Strongest links the table lists per entity. */
    static final int TABLE_EDGES = 5;
    /** The limits offered on the page; any value from 2 to {@link NetworkParams#MAX_LIMIT} is accepted. */
    static final List<Integer> LIMITS = List.of(30, 60, 100, 200, 300);

    private final NetworkRepository networks;
    private final ArticleFilters filters;
    private final JsonMapper json;

    NetworkController(NetworkRepository networks, ArticleFilters filters, JsonMapper json) {
        this.networks = networks;
        this.filters = filters;
        this.json = json;
    }

    @CacheablePage
    @GetMapping("/network")
    String page(@Valid ArticleFilterParams filterParams, @Valid NetworkParams params, Model model) {
        Network network = find(filterParams, params);
        ArticleFilter filter = network.filter();
        model.addAttribute("network", network);
        model.addAttribute("networkJson", json.writeValueAsString(NetworkJson.of(network)));
        model.addAttribute("nodeLimit", params.nodeLimit());
        model.addAttribute("minWeight", params.edgeMinimum());
        model.addAttribute("limits", LIMITS);
        model.addAttribute("tableEdges", TABLE_EDGES);
        model.addAttribute("withoutUrl",
                (Function<NamedEntity, String>) entity -> url(filter.without(entity), params, "/network"));
        model.addAttribute("listUrl", filter.url());
        model.addAttribute("withoutSearchUrl", url(filter.withoutQuery(), params, "/network"));
        model.addAttribute("withoutRangeUrl", url(filter.withoutRange(), params, "/network"));
        model.addAttribute("csvUrl", filter.url("/articles.csv", filter.defaultSort()));
        model.addAttribute("apiUrl", url(filter, params, "/api/network"));
        model.addAttribute("gexfUrl", url(filter, params, "/network.gexf"));
        model.addAttribute("graphmlUrl", url(filter, params, "/network.graphml"));
        return "network/network";
    }

    /** The network as a file for graph tools: {@code /network.gexf} or {@code /network.graphml}. */
    @GetMapping("/network.{extension:gexf|graphml}")
    void file(@PathVariable String extension, @Valid ArticleFilterParams filterParams, @Valid NetworkParams params,
              HttpServletRequest request, HttpServletResponse response) throws IOException {
        NetworkFiles.Format format = NetworkFiles.Format.of(extension);
        Network network = find(filterParams, params);
        Downloads.start(response, format.mediaType, format.filename());
        format.write(network, baseUrl(request), response.getOutputStream());
    }

    /**
     * Every entity named alongside the one entity of the filter, with the number of articles naming both; the
     * filter's dates and search narrow the articles counted, as on the network page.
     */
    @GetMapping("/network/co-mentions.csv")
    void coMentions(@Valid ArticleFilterParams filterParams, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ArticleFilter filter = filters.resolveMatching(filterParams, ArticleSort.RELEVANCE);
        if (filter.entities().size() != 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "name exactly one entity, as in ?person=12 or ?country=IR");
        }
        NamedEntity entity = filter.entities().get(0);
        List<EntityCount> coMentions = networks.findCoMentions(filter);
        String baseUrl = baseUrl(request);
        Downloads.start(response, Downloads.CSV, "co-mentions-" + Network.nodeId(entity).replace(':', '-') + ".csv");
        CsvWriter csv = new CsvWriter(response.getWriter());
        csv.row("id", "type", "name", "articles_with_both", "entity_url", "articles_url");
        for (EntityCount count : coMentions) {
            NamedEntity other = count.entity();
            csv.row(Network.nodeId(other), other.getType().parameter(), other.getName(), count.articles(),
                    baseUrl + other.getPath(), baseUrl + filter.with(other).url());
        }
    }

    private Network find(ArticleFilterParams filterParams, NetworkParams params) {
        return networks.find(filters.resolveMatching(filterParams, ArticleSort.RELEVANCE), params.nodeLimit(),
                params.edgeMinimum());
    }

    /** A view of the network at the given path, keeping the filter and any limits that differ from the defaults. */
    static String url(ArticleFilter filter, NetworkParams params, String path) {
        UriComponentsBuilder uri = filter.uri(path);
        if (params.limit() != null) {
            uri.queryParam("limit", params.limit());
        }
        if (params.minWeight() != null) {
            uri.queryParam("minWeight", params.minWeight());
        }
        return uri.build(true).toUriString();
    }

    private static String baseUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    }
}
