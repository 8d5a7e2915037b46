package org.newsbrowser.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsbrowser.entity.Country;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.search.ArticleSearch;
import org.newsbrowser.search.InvalidSearchQueryException;
import org.newsbrowser.search.SearchQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns the filter parameters of a request into entities and a parsed search, rejecting ids and codes that name
 * nothing and searches that cannot be parsed. Public so that other views of the same selection (the network,
 * exports) accept exactly the article list's parameters.
 */
@Component
public class ArticleFilters {

    /**
     * The most matches of a search that the views counting in SQL (network, CSV) take; beyond it they
     * show the best ones and say so. An {@code in} list of this size is still a fast query on H2 and PostgreSQL.
     */
    public static final int MAX_MATCHES = 10_000;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    private final NamedEntityRepository entities;
    private final ArticleSearch search;

    ArticleFilters(NamedEntityRepository entities, ArticleSearch search) {
        this.entities = entities;
        this.search = search;
    }

    /** The filter the parameters name; a 400 for an id or code that names nothing. */
    public ArticleFilter resolve(ArticleFilterParams params) {
        List<NamedEntity> selected = new ArrayList<>();
        selected.addAll(byId(EntityType.PERSON, params.person()));
        selected.addAll(byId(EntityType.ORGANIZATION, params.organization()));
        selected.addAll(byId(EntityType.TOPIC, params.topic()));
        selected.addAll(countries(params.country()));
        return new ArticleFilter(selected, params.hasQuery() ? query(params.q()) : null, params.fromDate(),
                params.toDate());
    }

    /** The filter the parameters name, its search (if any) run: see {@link #matching}. */
    public ArticleFilter resolveMatching(ArticleFilterParams params, ArticleSort sort) {
        return matching(resolve(params), sort);
    }

    /**
     * The filter ready for the views that count or list its articles in SQL (the network, CSV): a
     * search is run in the index, with the filter's entities and dates, and its {@link #MAX_MATCHES} first matches
     * in the given order stand for it. A filter without a search is returned as it is.
     */
    public ArticleFilter matching(ArticleFilter filter, ArticleSort sort) {
        return filter.hasQuery() ? filter.withMatches(search.matches(filter, sort, MAX_MATCHES)) : filter;
    }

    private static SearchQuery query(String q) {
        try {
            return SearchQuery.parse(q);
        } catch (InvalidSearchQueryException e) {
            throw badRequest("search: " + e.getMessage());
        }
    }

    private List<NamedEntity> byId(EntityType type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, NamedEntity> found = entities.findAllById(ids).stream()
                .filter(e -> e.getType() == type)
                .collect(Collectors.toMap(NamedEntity::getId, Function.identity()));
        return ids.stream().map(id -> {
            NamedEntity entity = found.get(id);
            if (entity == null) {
                throw badRequest("unknown " + type.parameter() + " id " + id);
            }
            return entity;
        }).toList();
    }

    private List<Country> countries(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        codes.stream().filter(code -> !COUNTRY_CODE.matcher(code).matches()).findFirst().ifPresent(code -> {
            throw badRequest("country must be a two-letter ISO 3166 code such as IR, not '" + abbreviate(code) + "'");
        });
        List<String> upper = codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList();
        Map<String, Country> found = entities.findCountries(upper).stream()
                .collect(Collectors.toMap(Country::getCode, Function.identity()));
        return upper.stream().map(code -> {
            Country country = found.get(code);
            if (country == null) {
                throw badRequest("no article mentions a country with code " + code);
            }
            return country;
        }).toList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
