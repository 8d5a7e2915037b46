package org.newsbrowser.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsbrowser.FuzzAssertions.resultOrDocumentedFailure;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.newsbrowser.entity.Country;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.entity.Organization;
import org.newsbrowser.entity.Person;
import org.newsbrowser.entity.TestEntities;
import org.newsbrowser.entity.Topic;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Fuzzes the article-list parameters as Spring MVC binds them ({@link ArticleFilterParams} and
 * {@link ArticleListParams}: constructor binding, conversion, bean validation, then {@link ArticleFilters} and
 * {@link ArticleListParams#articleSort(boolean)}) with arbitrary
 * names and values. Every request either binds to parameters within their documented limits or fails with a message
 * (a binding error or a 400); a filter that resolves writes itself into a URL ({@link ArticleFilter#url}) that binds
 * back to the same filter and order, so a shared link shows the same list.
 */
class ArticleListParamsFuzzTests {

    private static final List<String> NAMES = List.of("person", "organization", "country", "topic", "page", "size",
            "sort", "q", "person[]", "Page");
    /** Values the fuzzer starts from besides arbitrary strings: ids and codes that exist, and edge numbers. */
    private static final List<String> VALUES = List.of("1", "4", "7", "9", "12", "0", "-1", "100", "101",
            "2147483648", "IR", "fr", "US", "newest", "title", " Title ", "");

    private static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();
    private static final DefaultFormattingConversionService CONVERSION = new DefaultFormattingConversionService();
    private static final ArticleFilters FILTERS = new ArticleFilters(knownEntities(), null);

    static {
        VALIDATOR.afterPropertiesSet();
    }

    @AfterAll
    static void closeValidator() {
        VALIDATOR.close();
    }

    @FuzzTest(maxDuration = "20s")
    void bindsOrRejects(FuzzedDataProvider data) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        for (int i = data.consumeInt(0, 12); i > 0; i--) {
            String value = data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(40);
            request.addParameter(data.pickValue(NAMES), value);
        }
        Optional<ArticleFilterParams> filterParams = bind(request, ArticleFilterParams.class);
        Optional<ArticleListParams> listParams = bind(request, ArticleListParams.class);
        if (filterParams.isPresent() && listParams.isPresent()) {
            assertWithinLimits(filterParams.get(), listParams.get());
            resultOrDocumentedFailure(() -> resolve(filterParams.get(), listParams.get()), ResponseStatusException.class)
                    .ifPresent(filter -> assertUrlRoundTrips(filter, listParams.get().articleSort(filter.hasQuery())));
        }
    }

    /** The parameters, or empty when binding or validation reported errors (a 400 with those messages). */
    private static <T> Optional<T> bind(MockHttpServletRequest request, Class<T> type) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "params");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(CONVERSION);
        binder.setValidator(VALIDATOR);
        resultOrDocumentedFailure(() -> {
            binder.construct(request);
            return binder;
        }).orElseThrow();
        if (!binder.getBindingResult().hasErrors()) {
            binder.validate();
        }
        if (binder.getBindingResult().hasErrors()) {
            binder.getBindingResult().getAllErrors().forEach(error ->
                    assertThat(error.getDefaultMessage()).as("error message of %s", error).isNotBlank());
            return Optional.empty();
        }
        return Optional.of(type.cast(binder.getTarget()));
    }

    private static void assertWithinLimits(ArticleFilterParams filterParams, ArticleListParams params) {
        assertThat(params.pageNumber()).isNotNegative();
        assertThat(params.pageSize()).isBetween(1, ArticleListParams.MAX_SIZE);
        Stream.of(filterParams.person(), filterParams.organization(), filterParams.country(), filterParams.topic())
                .forEach(values -> assertThat(values).hasSizeLessThanOrEqualTo(10));
    }

    /** What the controller does with bound parameters; a bad sort or an unknown id or code is a 400. */
    private static ArticleFilter resolve(ArticleFilterParams filterParams, ArticleListParams params) {
        try {
            ArticleFilter filter = FILTERS.resolve(filterParams);
            params.articleSort(filter.hasQuery());
            return filter;
        } catch (ResponseStatusException e) {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            throw e;
        }
    }

    private static void assertUrlRoundTrips(ArticleFilter filter, ArticleSort sort) {
        String url = filter.url(sort);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        UriComponentsBuilder.fromUriString(url).build(true).getQueryParams().forEach((name, values) ->
                values.forEach(value -> request.addParameter(decode(name), decode(value))));
        ArticleFilterParams filterParams = bind(request, ArticleFilterParams.class)
                .orElseThrow(() -> new AssertionError(url + " does not bind"));
        ArticleListParams params = bind(request, ArticleListParams.class)
                .orElseThrow(() -> new AssertionError(url + " does not bind"));
        ArticleFilter bound = FILTERS.resolve(filterParams);
        assertThat(params.articleSort(bound.hasQuery())).as(url).isEqualTo(sort);
        assertThat(bound.entityIds()).as(url).isEqualTo(filter.entityIds());
        assertThat(bound.hasQuery()).as(url).isEqualTo(filter.hasQuery());
    }

    private static String decode(String component) {
        return UriUtils.decode(component.replace("+", " "), StandardCharsets.UTF_8);
    }

    /**
     * A repository that knows people 1-5, organizations 6-8, topic 9 and three countries, returning one instance per
     * entity as a persistence context does.
     */
    private static NamedEntityRepository knownEntities() {
        Map<Long, NamedEntity> byId = LongStream.rangeClosed(1, 9).boxed().collect(Collectors.toMap(Function.identity(),
                id -> TestEntities.withId(id <= 5 ? new Person("Person " + id)
                        : id <= 8 ? new Organization("Organization " + id, null) : new Topic("topic " + id), id)));
        Map<String, Country> countries = Stream.of("IR", "FR", "US").collect(Collectors.toMap(Function.identity(),
                code -> TestEntities.country(100 + code.charAt(0), code, "Country " + code)));
        return (NamedEntityRepository) Proxy.newProxyInstance(NamedEntityRepository.class.getClassLoader(),
                new Class<?>[] {NamedEntityRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findAllById" -> ((Collection<?>) args[0]).stream().distinct().map(byId::get)
                            .filter(entity -> entity != null).toList();
                    case "findCountries" -> ((Collection<?>) args[0]).stream().distinct().map(countries::get)
                            .filter(country -> country != null).toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
