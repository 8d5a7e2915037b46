package org.newsbrowser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsbrowser.NewsbrowserApplication;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.article.ArticleSort;
import org.newsbrowser.ingest.ArticleStore;
import org.newsbrowser.ingest.ResolvedEntities;
import org.newsbrowser.timeline.DayCount;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.util.FileSystemUtils;

/**
 * A data folder whose search index was built for an older mapping, or before the mapping had a version, has its
 * index deleted before Hibernate Search opens it and rebuilt from the database at start-up; an index built for the
 * current mapping is kept. Each case starts the app (without its web server) on its own copy of one data folder.
 *
 * <p>To tell a rebuilt index from a kept one, the data folder's database is changed behind the index's back: an
 * article's text then mentions a zeppelin, which only an index rebuilt from the database can find.
 */
class SearchIndexVersionTests {

    private static final String SOURCE = "version-test/airship.txt";

    @TempDir
    static Path dir;

    private static Path built;

    @BeforeAll
    static void buildADataFolderThenChangeItsDatabaseBehindTheIndex() throws Exception {
        built = dir.resolve("built");
        try (ConfigurableApplicationContext app = start(built)) {
            String text = "The airship landed in the rain. Crowds watched the airship.";
            app.getBean(ArticleStore.class).save(SOURCE, "hash-of-airship",
                    new ArticleContent("Airship lands", text, text, text, null,
                            Instant.parse("2004-11-05T10:00:00Z"), null), List.of(),
                    new ResolvedEntities());
            assertThat(results(app, "airship")).hasSize(1);
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + built.resolve("newsbrowser"), "sa", "");
             PreparedStatement update = db.prepareStatement("update article_text set body = ?"
                     + " where article_id = (select id from article where source = ?)")) {
            update.setString(1, "The zeppelin landed in the rain. Crowds watched the zeppelin.");
            update.setString(2, SOURCE);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(marker(built)).isEqualTo(String.valueOf(SearchFields.MAPPING_VERSION));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "1")
    void anIndexBuiltForAnOlderMappingIsRebuiltWithTheCurrentFields(String builtFor) throws Exception {
        Path data = copyOfTheDataFolderWithMarker(builtFor);

        try (ConfigurableApplicationContext app = start(data)) {
            Map<Long, SearchMatch> zeppelin = results(app, "zeppelin");
            assertThat(zeppelin).as("the index was rebuilt from the database").hasSize(1);
            assertThat(zeppelin.values().iterator().next().snippet().html()).contains(
                    "The <mark>zeppelin</mark> landed in the rain.", "Crowds watched the <mark>zeppelin</mark>.");
            assertThat(results(app, "airship").values()).singleElement()
                    .satisfies(match -> assertThat(match.title().html()).isEqualTo("<mark>Airship</mark> lands"));
            assertThat(marker(data)).isEqualTo(String.valueOf(SearchFields.MAPPING_VERSION));

            assertThat(search(app, "zeppelin", new SearchCounts(0, true)).days()).as("the day field of version 2")
                    .containsExactly(new DayCount(LocalDate.of(2004, 11, 5), 1, 0));
        }
    }

    @Test
    void anIndexBuiltForTheCurrentMappingIsKept() throws Exception {
        Path data = copyOfTheDataFolderWithMarker(String.valueOf(SearchFields.MAPPING_VERSION));

        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(results(app, "zeppelin")).as("the index was not rebuilt").isEmpty();
            assertThat(results(app, "airship")).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        // Arguments, as a person starting the jar gives them: they override application.properties.
        return new SpringApplicationBuilder(NewsbrowserApplication.class)
                .web(WebApplicationType.NONE)
                .run("--newsbrowser.data-dir=" + data, "--newsbrowser.corpus-dir=" + data.resolve("corpus"),
                        "--newsbrowser.ingest-on-startup=false");
    }

    private static Map<Long, SearchMatch> results(ConfigurableApplicationContext app, String q) {
        return search(app, q, SearchCounts.NONE).matches();
    }

    private static SearchResults search(ConfigurableApplicationContext app, String q, SearchCounts counts) {
        ArticleFilter filter = new ArticleFilter(List.of(), SearchQuery.parse(q), null, null);
        return app.getBean(ArticleSearch.class).search(filter, ArticleSort.RELEVANCE, PageRequest.of(0, 10), counts);
    }

    /** A copy of the built data folder, its marker saying the given version (none when null). */
    private static Path copyOfTheDataFolderWithMarker(String builtFor) throws IOException {
        Path data = dir.resolve("copy-" + builtFor);
        FileSystemUtils.copyRecursively(built, data);
        Path marker = data.resolve("index").resolve(SearchIndexVersion.MARKER);
        if (builtFor == null) {
            Files.delete(marker);
        } else {
            Files.writeString(marker, builtFor + "\n");
        }
        return data;
    }

    private static String marker(Path data) throws IOException {
        Path marker = data.resolve("index").resolve(SearchIndexVersion.MARKER);
        try (Stream<String> lines = Files.lines(marker)) {
            return lines.findFirst().orElse("");
        }
    }
}
