package org.newsbrowser.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NameKey;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.ingest.CorpusIngester;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Curation through the forms, then the corpus ingested again through the real reader and extractors: a merge and a
 * hide still hold for re-read articles, and a hidden entity is gone from the list, the article page and the API.
 * Each test writes its own files and names, so they share the database without seeing each other's entities.
 */
@SpringBootTest(properties = "newsbrowser.ingest-on-startup=false")
@AutoConfigureMockMvc
class CurationReingestTests {

    private static final String SELF = "http://localhost";

    @TempDir
    static Path data;

    @Autowired
    CorpusIngester ingester;

    @Autowired
    MockMvc mvc;

    @Autowired
    NamedEntityRepository entities;

    @Autowired
    ArticleRepository articles;

    @Autowired
    AppearanceRepository appearances;

    @Autowired
    MentionRepository mentions;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.data-dir", () -> data.resolve("data").toString());
        registry.add("newsbrowser.corpus-dir", () -> data.resolve("unused-corpus").toString());
    }

    @Test
    void aReingestedArticleNamingTheMergedPersonResolvesToTheKeptOne(@TempDir Path corpus) throws Exception {
        write(corpus, "merge-1.txt", """
                Leaders Meet in Geneva

                German Chancellor Olaf Scholz said on Monday that the talks in Geneva would continue next week.
                """);
        write(corpus, "merge-2.txt", """
                Talks Resume in Berlin

                Chancellor Olaf Scholtz told reporters in Berlin on Tuesday that the talks had resumed.
                """);
        ingester.ingest(corpus);
        NamedEntity kept = person("Olaf Scholz");
        NamedEntity misspelt = person("Olaf Scholtz");

        mvc.perform(post("/curation/entities/" + misspelt.getId() + "/merge").header("Origin", SELF)
                .param("into", "Olaf Scholz").param("curator", "anna")).andExpect(status().isSeeOther());
        write(corpus, "merge-2.txt", """
                Talks Resume in Berlin

                Chancellor Olaf Scholtz told reporters in Berlin on Tuesday that the talks had resumed. \
                Olaf Scholtz will travel to Paris next.
                """);
        ingester.ingest(corpus);

        assertThat(entities.findByTypeAndNameKey(EntityType.PERSON, NameKey.of("Olaf Scholtz"))).isEmpty();
        Article reread = article("merge-2.txt");
        assertThat(reread.getBody()).contains("travel to Paris");
        assertThat(mentions.findByArticle(reread.getId())).filteredOn(m -> m.getText().contains("Scholtz"))
                .isNotEmpty().allMatch(m -> m.getEntity().getId().equals(kept.getId()));
        assertThat(appearances.findByEntity(kept)).extracting(ap -> ap.getArticle().getSource())
                .containsExactlyInAnyOrder("merge-1.txt", "merge-2.txt");
    }

    @Test
    void aHiddenPersonStaysHiddenWhenTheArticleIsReadAgainAndIsGoneFromListsPagesAndApi(@TempDir Path corpus)
            throws Exception {
        write(corpus, "hide-1.txt", """
                Storm Hits the Coast

                A storm hit the coast on Sunday. Mayor Anne Hidalgo said the city was ready for the next one, \
                and Fire Chief Ragnar Thorvaldsen praised the crews.
                """);
        ingester.ingest(corpus);
        NamedEntity hidalgo = person("Anne Hidalgo");
        Article article = article("hide-1.txt");
        String page = "/people/" + hidalgo.getId();
        assertThat(html("/articles/" + article.getId())).contains("href=\"" + page + "\"");

        mvc.perform(post("/curation/entities/" + hidalgo.getId() + "/hide").header("Origin", SELF))
                .andExpect(status().isSeeOther());
        write(corpus, "hide-1.txt", """
                Storm Hits the Coast Again

                A storm hit the coast on Sunday. Mayor Anne Hidalgo said the city was ready for the next one, \
                and Fire Chief Ragnar Thorvaldsen praised the crews. Anne Hidalgo thanked them.
                """);
        ingester.ingest(corpus);

        assertThat(person("Anne Hidalgo").isHidden()).isTrue();
        long ragnar = person("Ragnar Thorvaldsen").getId();
        assertThat(html("/?person=" + ragnar)).as("no chip and no filter for the hidden person")
                .contains("Storm Hits the Coast Again").doesNotContain("href=\"" + page + "\"")
                .doesNotContain("person=" + hidalgo.getId() + "\"").doesNotContain("person=" + hidalgo.getId() + "&");
        assertThat(html("/people")).doesNotContain("Anne Hidalgo");
        assertThat(html("/articles/" + article.getId())).doesNotContain("href=\"" + page + "\"")
                .contains("Ragnar Thorvaldsen</a>");
        assertThat(html("/api/articles/" + article.getId())).doesNotContain("Hidalgo\"");
        assertThat(html(page)).contains("Hidden.").contains("Unhide");
        mvc.perform(get("/api" + page)).andExpect(status().isNotFound());
    }

    @Test
    void unknownIdsAreNotFoundAndNothingIsLogged() throws Exception {
        mvc.perform(post("/curation/entities/987654/hide").header("Origin", SELF)).andExpect(status().isNotFound());
        mvc.perform(post("/curation/entities/987654/merge").header("Origin", SELF).param("into", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/curation/log/987654/undo").header("Origin", SELF)).andExpect(status().isNotFound());
        assertThat(html("/curation/log")).doesNotContain("987654");
    }

    private String html(String uri) throws Exception {
        return mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private NamedEntity person(String name) {
        return entities.findByTypeAndNameKey(EntityType.PERSON, NameKey.of(name))
                .orElseThrow(() -> new AssertionError("no person " + name + "; people: " + names()));
    }

    private List<String> names() {
        return entities.findAllOfType(EntityType.PERSON).stream().map(NamedEntity::getName).toList();
    }

    private Article article(String source) {
        return articles.findBySource(source).orElseThrow(() -> new AssertionError("no article from " + source));
    }

    private static void write(Path corpus, String name, String text) {
        try {
            Files.writeString(corpus.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
