package org.newsbrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.ingest.CorpusIngester;
import org.newsbrowser.ingest.IngestProgress;
import org.springframework.beans.factory.annotation.Autowired;

/** What a reader of the seed corpus checks, through the API and the pages of the assembled app. */
class SeedCorpusTests extends SeedCorpusTestSupport {

    @Autowired
    ArticleRepository articles;

    @Autowired
    MentionRepository mentions;

    @Autowired
    CorpusIngester ingester;

    @Autowired
    IngestProgress progress;

    @Test
    void listsTheFiveSeedsWithTheirHeadlinesOrShortGeneratedTitles() throws Exception {
        List<String> titles = json("/api/articles?size=100&sort=title", "$.content[*].title");
        assertThat(titles).hasSize(5)
                .contains("Vladimir Putin Visits Iran, Potentially Shoring up Oil and Drone Deals",
                        "Putin has arrived in Tehran, as Russia and Iran grow closer in their isolation")
                .allSatisfy(title -> assertThat(title).hasSizeBetween(20, 110).doesNotEndWith(" ").doesNotContain("\n"));
        assertThat(titles).isSorted();
    }

    @Test
    void articleTextHasNoCommentPromptsCreditsOrDisclaimers() throws Exception {
        List<Integer> ids = json("/api/articles?size=100", "$.content[*].id");
        for (int id : ids) {
            String text = json("/api/articles/" + id, "$.text");
            assertThat(text).isNotBlank()
                    .doesNotContain("Leave a Comment", "having issues with commenting", "via Getty",
                            "Wikimedia Commons", "views expressed", "donors");
        }
    }

    @Test
    void putinIsOnePersonLinkedToAllFiveArticles() throws Exception {
        long putins = entities.findAllOfType(EntityType.PERSON).stream()
                .filter(person -> person.getName().contains("Putin")).count();
        assertThat(putins).isEqualTo(1);
        mvc.perform(get("/api/people/" + personId("Vladimir Putin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entity.name").value("Vladimir Putin"))
                .andExpect(jsonPath("$.articles.page.totalElements").value(5))
                .andExpect(jsonPath("$.coMentioned.countries[0].articles").value(5));
    }

    @Test
    void filteringByErdoganAndFinlandGivesExactlyTheArticlesWhoseTextNamesBoth() throws Exception {
        long erdogan = personId("Recep Tayyip Erdogan");
        List<Integer> filtered = json("/api/articles?person=" + erdogan + "&country=fi", "$.content[*].id");
        List<Integer> namingBoth = articles.findAll().stream()
                .filter(a -> a.getBody().contains("Erdogan") && a.getBody().contains("Finland"))
                .map(a -> a.getId().intValue()).toList();
        assertThat(filtered).hasSize(2).containsExactlyInAnyOrderElementsOf(namingBoth);
    }

    @Test
    void filterPanelCountsAreNarrowedToTheCurrentResult() throws Exception {
        long erdogan = personId("Recep Tayyip Erdogan");
        String page = mvc.perform(get("/?person=" + erdogan + "&country=FI")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 articles").contains("Remove Recep Tayyip Erdogan").contains("Remove Finland");
    }

    @Test
    void governmentBuildingsAndNationalBodiesAreOrganizationsLinkedToTheirCountry() throws Exception {
        NamedEntity kremlin = entities.findByTypeAndNameKey(EntityType.ORGANIZATION, "kremlin").orElseThrow();
        assertThat(kremlin.getCountryCode()).isEqualTo("RU");
        mvc.perform(get(kremlin.getPath())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Seat of government of")))
                .andExpect(content().string(Matchers.containsString("href=\"/countries/RU\"")));
        assertThat(entities.findAllOfType(EntityType.ORGANIZATION)).filteredOn(o -> o.getName().startsWith("U.S."))
                .isNotEmpty().allSatisfy(o -> assertThat(o.getCountryCode()).isEqualTo("US"));
    }

    @Test
    void brokenFilesAreRecordedWithTheirReasonWhileTheOthersIngest() throws Exception {
        List<Map<String, String>> failures = json("/api/ingest", "$.failures");
        assertThat(failures).extracting(f -> f.get("source")).containsExactlyInAnyOrder("empty.txt", "picture.txt");
        assertThat(failures).extracting(f -> f.get("reason")).anySatisfy(r -> assertThat(r).contains("empty"))
                .anySatisfy(r -> assertThat(r).contains("binary"));
        assertThat(articles.count()).isEqualTo(5);
    }

    @Test
    void ingestingAgainSkipsEveryUnchangedFileAndChangesNothing() {
        long articleCount = articles.count();
        long mentionCount = mentions.count();
        long entityCount = entities.count();

        ingester.ingest(CORPUS);

        assertThat(progress.ingestedCount()).isZero();
        assertThat(progress.skippedCount()).isEqualTo(5);
        assertThat(progress.failedCount()).isEqualTo(2);
        assertThat(progress.state()).isEqualTo(IngestProgress.State.DONE);
        assertThat(List.of(articles.count(), mentions.count(), entities.count()))
                .containsExactly(articleCount, mentionCount, entityCount);
    }

    @Test
    void everyPageRendersWithItsContent() throws Exception {
        long article = articles.findAll().get(0).getId();
        long putin = personId("Vladimir Putin");
        expectPage("/", "Vladimir Putin", "Filter");
        expectPage("/articles/" + article, "class=\"mention mention-person\"", "Related articles");
        expectPage("/people/" + putin, "Vladimir Putin", "<mark>", "Mentioned alongside");
        expectPage("/countries/IR", "Iran", "Mentioned alongside");
        expectPage("/people", "Vladimir Putin");
        expectPage("/organizations", "Organizations");
        expectPage("/countries", "Iran");
        expectPage("/topics", "drones");
        expectPage("/ingest", "Ingest finished", "picture.txt");
    }

    private void expectPage(String uri, String... texts) throws Exception {
        mvc.perform(get(uri)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.stringContainsInOrder(texts)));
    }

    @Test
    void unknownIdsAreNotFoundAndBadParametersAreBadRequestsWithAMessage() throws Exception {
        expectError("/articles/999999", 404, "No article with id 999999");
        expectError("/people/999999", 404, "No person 999999");
        expectError("/countries/ZZ", 404, "No country ZZ");
        expectError("/people/abc", 400, "Person id must be a number");
        expectError("/api/articles?page=-1", 400, "page must be 0 or more");
        expectError("/api/articles?size=1000000", 400, "size must be between 1 and 100");
        expectError("/api/articles?person=abc", 400, "person must be a number");
        expectError("/api/articles?country=XYZ", 400, "two-letter ISO 3166 code");
        expectError("/api/articles?country=ZZ", 400, "no article mentions a country with code ZZ");
        expectError("/api/articles?sort=sideways", 400, "sort must be");
        expectError("/people?page=-1", 400, "page must be greater than or equal to 0");
        expectError("/countries/IR?page=-1", 400, "page must be 0 or more");
        expectError("/api/people/abc", 400, "Person id must be a number");
        expectError("/no/such/page", 404, "");
    }

    private void expectError(String uri, int statusCode, String message) throws Exception {
        for (String accept : List.of("text/html", "application/json")) {
            HttpResponse<String> response = fetch(uri, accept);
            assertThat(response.statusCode()).as("%s as %s", uri, accept).isEqualTo(statusCode);
            assertThat(response.body()).as("%s as %s", uri, accept)
                    .contains(message).doesNotContain("Exception", "at org.", "at java.", "trace");
        }
    }

    @Test
    void pagesSendSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
