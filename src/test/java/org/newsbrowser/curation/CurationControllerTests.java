package org.newsbrowser.curation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.newsbrowser.entity.TestEntities.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.entity.Person;
import org.newsbrowser.ingest.IngestProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

/**
 * The curation forms: changes only by POST, only from this site's own pages (the same-origin check), with the
 * curator's name or "anonymous" and the remote address; bad input is a 400 and unknown ids a 404.
 */
@WebMvcTest(CurationController.class)
@Import(IngestProgress.class)
class CurationControllerTests {

    private static final String SELF = "http://localhost";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Curation curation;

    @MockitoBean
    MergeSuggestions suggestions;

    @MockitoBean
    NamedEntityRepository entities;

    @MockitoBean
    CurationActionRepository actions;

    private final Person full = person(7, "Maren Oskarsdottir");
    private final Person initial = person(8, "M. Oskarsdottir");

    @BeforeEach
    void actionsSucceed() {
        CurationAction hide = new CurationAction(CurationKind.HIDE, initial, new Curator("x", null), Instant.EPOCH);
        given(curation.setHidden(anyLong(), anyBoolean(), any())).willReturn(hide);
        given(curation.merge(anyLong(), any(String.class), any()))
                .willReturn(new CurationAction(CurationKind.MERGE, initial, new Curator("x", null), Instant.EPOCH)
                        .withTarget(full));
    }

    @Test
    void nothingChangesOnGet() throws Exception {
        mvc.perform(get("/curation/entities/8/hide")).andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/curation/log/1/undo")).andExpect(status().isMethodNotAllowed());
        then(curation).shouldHaveNoInteractions();
    }

    @Test
    void postsFromAnotherSiteOrWithoutOriginAreRefused() throws Exception {
        mvc.perform(post("/curation/entities/8/hide")).andExpect(status().isForbidden());
        mvc.perform(post("/curation/entities/8/hide").header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/curation/entities/8/hide").header("Origin", "http://localhost:9999"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/curation/entities/8/hide").header("Referer", "https://evil.example/page"))
                .andExpect(status().isForbidden());
        then(curation).shouldHaveNoInteractions();
    }

    @Test
    void hideFromThisSiteIsDoneAsAnonymousAndRedirectsToTheEntityPage() throws Exception {
        mvc.perform(post("/curation/entities/8/hide").header("Origin", SELF).with(r -> {
                    r.setRemoteAddr("192.0.2.4");
                    return r;
                }))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/people/8"));
        then(curation).should().setHidden(8L, true, new Curator(Curator.ANONYMOUS, "192.0.2.4"));
    }

    @Test
    void aRefererFromThisSiteIsEnoughAndTheTypedNameIsTheCurator() throws Exception {
        mvc.perform(post("/curation/entities/8/merge").header("Referer", SELF + "/people/8")
                        .param("into", "Maren Oskarsdottir").param("curator", "  anna "))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/people/7"));
        then(curation).should().merge(eq(8L), eq("Maren Oskarsdottir"), eq(new Curator("anna", "127.0.0.1")));
    }

    @Test
    void acceptingASuggestionReturnsToTheQueue() throws Exception {
        mvc.perform(post("/curation/entities/8/merge").header("Origin", SELF).param("into", "7")
                        .param("returnTo", "/curation"))
                .andExpect(redirectedUrl("/curation"));
        mvc.perform(post("/curation/entities/8/merge").header("Origin", SELF).param("into", "7")
                        .param("returnTo", "https://evil.example/"))
                .andExpect(redirectedUrl("/people/7"));
    }

    @Test
    void missingOrMalformedInputIsABadRequest() throws Exception {
        mvc.perform(post("/curation/entities/8/rename").header("Origin", SELF)).andExpect(status().isBadRequest());
        mvc.perform(post("/curation/entities/abc/hide").header("Origin", SELF)).andExpect(status().isBadRequest());
        mvc.perform(post("/curation/entities/8/hide").header("Origin", SELF).param("curator", "x".repeat(101)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/curation/suggestions/dismiss").header("Origin", SELF).param("first", "8"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/curation/log").param("page", "-1")).andExpect(status().isBadRequest());
        then(curation).shouldHaveNoInteractions();
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        given(curation.undo(eq(99L), any())).willThrow(
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No curation action 99"));
        mvc.perform(post("/curation/log/99/undo").header("Origin", SELF)).andExpect(status().isNotFound());
    }

    @Test
    void queueOffersMergeAndDismissForEachSuggestion() throws Exception {
        given(suggestions.find()).willReturn(List.of(new MergeSuggestions.Suggestion(
                MergeSuggestions.Reason.SAME_PERSON, new EntityCount(initial, 2), new EntityCount(full, 9))));
        given(entities.findHidden(any())).willReturn(List.of());

        mvc.perform(get("/curation")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("same surname, compatible first names")))
                .andExpect(content().string(Matchers.containsString("action=\"/curation/entities/8/merge\"")))
                .andExpect(content().string(Matchers.containsString("name=\"into\" value=\"7\"")))
                .andExpect(content().string(Matchers.containsString("formaction=\"/curation/suggestions/dismiss\"")))
                .andExpect(content().string(Matchers.containsString("Nothing is hidden.")));
    }

    @Test
    void logOffersUndoOnlyForActionsNotUndone() throws Exception {
        CurationAction hide = new CurationAction(CurationKind.HIDE, initial, new Curator("anna", "10.0.0.7"),
                Instant.parse("2026-01-02T03:04:00Z"));
        CurationAction undone = new CurationAction(CurationKind.RENAME, full, new Curator("ben", null),
                Instant.parse("2026-01-01T00:00:00Z")).withNewName("Maren K. Oskarsdottir");
        undone.undone(new Curator("carl", null), Instant.parse("2026-01-03T00:00:00Z"));
        given(actions.findLog(any())).willReturn(new PageImpl<>(List.of(hide, undone), PageRequest.of(0, 50), 2));

        mvc.perform(get("/curation/log")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 Jan 2026 03:04 UTC")))
                .andExpect(content().string(Matchers.containsString("from 10.0.0.7")))
                .andExpect(content().string(Matchers.containsString("Maren K. Oskarsdottir")))
                .andExpect(content().string(Matchers.containsString("undone by carl")))
                .andExpect(content().string(Matchers.containsString(">Undo</button>")))
                .andExpect(content().string(Matchers.matchesRegex("(?s)(.*?>Undo</button>){1}(?!.*>Undo</button>).*")));
        then(curation).should(never()).undo(anyLong(), any());
    }
}
