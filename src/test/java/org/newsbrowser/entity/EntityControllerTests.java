package org.newsbrowser.entity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.newsbrowser.entity.TestEntities.country;
import static org.newsbrowser.entity.TestEntities.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.newsbrowser.extract.CountryGazetteer;
import org.newsbrowser.ingest.IngestProgress;
import org.newsbrowser.quote.QuoteRepository;
import org.newsbrowser.timeline.TimelineRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(EntityController.class)
@Import({EntityPages.class, IngestProgress.class})
class EntityControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NamedEntityRepository entities;

    @MockitoBean
    AppearanceRepository appearances;

    @MockitoBean
    CountryGazetteer gazetteer;

    @MockitoBean
    QuoteRepository quotes;

    @MockitoBean
    TimelineRepository timelines;

    private final Person putin = person(7, "Vladimir Putin");
    private final Country iran = country(3, "IR", "Iran");

    @Test
    void entityPageShowsArticlesWithTheMentionMarkedAndLinksToArticlesWithBoth() throws Exception {
        String text = "In Tehran, Vladimir Putin met the Supreme Leader.";
        given(entities.findById(7L)).willReturn(Optional.of(putin));
        given(appearances.findArticles(eq(7L), any())).willReturn(new PageImpl<>(
                List.of(new EntityArticle(1L, "Putin in Tehran", "a.txt", null, 3, true, true, 6.2)), PageRequest.of(0, 20), 1));
        given(appearances.findFirstMentionWindows(eq(7L), any()))
                .willReturn(List.<Object[]>of(new Object[] {1L, 11, 25, 0, text}));
        given(entities.findCoMentioned(eq(7L), anyInt()))
                .willReturn(Map.of(EntityType.COUNTRY, List.of(new EntityCount(iran, 1))));

        mvc.perform(get("/people/7"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("In Tehran, <mark>Vladimir Putin</mark> met")))
                .andExpect(content().string(Matchers.containsString("3 mentions")))
                .andExpect(content().string(Matchers.containsString("about it")))
                .andExpect(content().string(Matchers.containsString("href=\"/countries/IR\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/?person=7&amp;country=IR\"")));
    }

    @Test
    void countriesAreAddressedByCodeInAnyCase() throws Exception {
        given(entities.findCountry("IR")).willReturn(Optional.of(iran));
        given(appearances.findArticles(eq(3L), any())).willReturn(new PageImpl<>(List.of()));
        mvc.perform(get("/countries/ir")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<span>Iran</span>")));
    }

    @Test
    void unknownEntitiesAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        given(entities.findById(anyLong())).willReturn(Optional.empty());
        mvc.perform(get("/people/42")).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/7")).andExpect(status().isNotFound());
        mvc.perform(get("/countries/XX")).andExpect(status().isNotFound());
        mvc.perform(get("/topics/abc")).andExpect(status().isBadRequest());
        given(entities.findById(7L)).willReturn(Optional.of(putin));
        mvc.perform(get("/people/7").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void indexListsEntitiesByArticleCount() throws Exception {
        given(entities.findIndex(eq(EntityType.PERSON), any())).willReturn(new PageImpl<>(
                List.of(new EntityCount(putin, 5)), PageRequest.of(0, 50), 1));
        mvc.perform(get("/people")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vladimir Putin")))
                .andExpect(content().string(Matchers.containsString("5 articles")));
    }
}
