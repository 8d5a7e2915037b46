package org.newsbrowser.network;

import jakarta.validation.Valid;
import org.newsbrowser.article.ArticleFilterParams;
import org.newsbrowser.article.ArticleFilters;
import org.newsbrowser.article.ArticleSort;
import org.newsbrowser.system.CacheablePage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The co-mention network as JSON, for the article list's filters: what the graph on the pages draws. */
@CacheablePage
@RestController
class NetworkApiController {

    private final NetworkRepository networks;
    private final ArticleFilters filters;

    NetworkApiController(NetworkRepository networks, ArticleFilters filters) {
        this.networks = networks;
        this.filters = filters;
    }

    @GetMapping("/api/network")
    NetworkJson network(@Valid ArticleFilterParams filterParams, @Valid NetworkParams params) {
        return NetworkJson.of(networks.find(filters.resolveMatching(filterParams, ArticleSort.RELEVANCE),
                params.nodeLimit(), params.edgeMinimum()));
    }
}
