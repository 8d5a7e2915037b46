package org.newsbrowser.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.newsbrowser.export.Downloads;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The article list as a CSV file: every article matching the filter (not one page), in the list's order; for a
 * search, its first {@value ArticleFilters#MAX_MATCHES} matches.
 */
@Controller
class ArticleExportController {

    private final ArticleFilters filters;
    private final ArticleCsvExport export;

    ArticleExportController(ArticleFilters filters, ArticleCsvExport export) {
        this.filters = filters;
        this.export = export;
    }

    @GetMapping("/articles.csv")
    void csv(@Valid ArticleFilterParams filterParams, @Valid ArticleListParams params, HttpServletRequest request,
             HttpServletResponse response) throws IOException {
        ArticleFilter resolved = filters.resolve(filterParams);
        ArticleSort sort = params.articleSort(resolved.hasQuery());
        ArticleFilter filter = filters.matching(resolved, sort);
        Downloads.start(response, Downloads.CSV, "articles.csv");
        export.write(filter, sort, ServletUriComponentsBuilder.fromContextPath(request).toUriString(),
                response.getWriter());
    }
}
