package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrowser.DatabaseTest;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import java.time.Instant;
import org.newsbrowser.article.DateSource;
import org.newsbrowser.quote.QuoteRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ingesting small corpora written by each test, through the real reader and extractors (CoreNLP included) into a
 * fresh database. Every test writes its own file names, so they share the database without seeing each other's
 * articles; people are looked up by the surnames only that test uses.
 */
@DatabaseTest
@SpringBootTest(properties = "newsbrowser.ingest-on-startup=false")
class CorpusIngesterTests {

    @TempDir
    static Path data;

    @Autowired
    CorpusIngester ingester;

    @Autowired
    IngestProgress progress;

    @Autowired
    ArticleSources sources;

    @Autowired
    ArticleRepository articles;

    @Autowired
    AppearanceRepository appearances;

    @Autowired
    NamedEntityRepository entities;

    @Autowired
    IngestFailureRepository failures;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.data-dir", () -> data.resolve("data").toString());
        registry.add("newsbrowser.corpus-dir", () -> data.resolve("unused-corpus").toString());
    }

    @Test
    void databaseIsKeptInTheDataDirectoryTheTestConfigured(@Value("${spring.datasource.url}") String databaseUrl) {
        assumeTrue(databaseUrl.startsWith("jdbc:h2:"), "only H2 keeps its database in the data directory");
        // newsbrowser.data-dir comes from @DynamicPropertySource, added after environment post-processing.
        assertThat(data.resolve("data").resolve("newsbrowser.mv.db")).exists();
    }

    @Test
    void ingestAfterAnInterruptedOneDeletesWhatItLeftHalfWrittenAndWritesItAgain(@TempDir Path corpus,
            @Value("${spring.datasource.url}") String databaseUrl) throws IOException {
        assumeTrue(databaseUrl.startsWith("jdbc:h2:"), "the rows a killed H2 kept are written here by turning off"
                + " H2's checks of foreign keys");
        write(corpus, "interrupted-budget.txt", """
                Budget Talks Resume

                Finance minister Pierre Lemaire said on Tuesday that the budget talks would resume in Paris.
                """);
        ingester.ingest(corpus);
        long lemaire = peopleNamed("Lemaire").get(0).getId();
        long missingArticle = jdbc.queryForObject("select max(id) + 1000 from article", Long.class);
        jdbc.execute("set referential_integrity false");
        jdbc.update("insert into mention (id, article_id, entity_id, begin_offset, end_offset, text, normalized,"
                + " extractor) values (900000001, ?, ?, 0, 7, 'Lemaire', 'lemaire', 'corenlp')",
                missingArticle, lemaire);
        jdbc.update("insert into appearance (article_id, entity_id, mention_count, first_offset, prominent)"
                + " values (?, ?, 1, 0, false)", missingArticle, lemaire);
        jdbc.execute("set referential_integrity true");
        long budget = articles.findBySource("interrupted-budget.txt").orElseThrow().getId();
        jdbc.update("delete from article_text where article_id = ?", budget);
        Path running = data.resolve("data").resolve(CorpusIngester.RUNNING_MARKER);
        Files.writeString(running, "a killed ingest");

        ingester.ingest(corpus);

        assertThat(jdbc.queryForObject("select count(*) from mention where article_id = ?", Long.class,
                missingArticle)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from appearance where article_id = ?", Long.class,
                missingArticle)).isZero();
        Article written = articles.findBySource("interrupted-budget.txt").orElseThrow();
        assertThat(written.getId()).as("the article without its text, written again").isNotEqualTo(budget);
        assertThat(written.getBody()).contains("the budget talks would resume in Paris");
        assertThat(sourcesOf(peopleNamed("Lemaire").get(0))).containsExactly("interrupted-budget.txt");
        assertThat(running).as("marker of a running ingest, deleted when it ends").doesNotExist();
    }

    @Test
    void startUpWithoutIngestAfterAKilledOneStillDeletesWhatItLeftHalfWritten(@TempDir Path corpus)
            throws IOException {
        write(corpus, "killed-harvest.txt", """
                Harvest Forecast Cut

                Agriculture minister Jana Novotna said on Friday that the harvest forecast had been cut.
                """);
        ingester.ingest(corpus);
        long harvest = articles.findBySource("killed-harvest.txt").orElseThrow().getId();
        jdbc.update("delete from article_text where article_id = ?", harvest);
        Path running = data.resolve("data").resolve(CorpusIngester.RUNNING_MARKER);
        Files.writeString(running, "a killed ingest");

        ingester.ingestOnStartup();

        assertThat(articles.findBySource("killed-harvest.txt")).as("the article left without its text").isEmpty();
        assertThat(running).doesNotExist();
    }

    @Test
    void changedFileReplacesItsArticleUnderTheSameIdAndLeavesTheOthersAlone(@TempDir Path corpus) {
        write(corpus, "changed-summit.txt", """
                Leaders Meet in Geneva

                German Chancellor Olaf Scholz said on Monday that the talks in Geneva would continue next week. \
                Scholz added that progress had been made.
                """);
        write(corpus, "changed-storm.txt", """
                Storm Hits the Coast

                A storm hit the coast on Sunday. Mayor Anne Hidalgo said the city was ready for the next one.
                """);
        ingester.ingest(corpus);
        Article before = article("changed-summit.txt");
        Article otherBefore = article("changed-storm.txt");
        assertThat(personNames(before)).contains("Olaf Scholz");

        write(corpus, "changed-summit.txt", """
                New Talks Announced in Paris

                French President Emmanuel Macron said on Tuesday that new talks would begin in Paris. \
                Macron added that every country was invited.
                """);
        ingester.ingest(corpus);

        Article after = article("changed-summit.txt");
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getTitle()).isEqualTo("New Talks Announced in Paris");
        assertThat(after.getBody()).contains("Emmanuel Macron").doesNotContain("Scholz");
        assertThat(personNames(after)).contains("Emmanuel Macron").doesNotContain("Olaf Scholz");
        assertThat(entities.findByTypeAndNameKey(EntityType.PERSON, "olaf scholz"))
                .as("a person no article mentions any more has no page").isEmpty();
        assertThat(progress.ingestedCount()).isEqualTo(1);
        assertThat(progress.skippedCount()).isEqualTo(1);
        assertThat(progress.failedCount()).isZero();
        Article otherAfter = article("changed-storm.txt");
        assertThat(otherAfter.getIngestedAt()).isEqualTo(otherBefore.getIngestedAt());
        assertThat(personNames(otherAfter)).containsExactlyInAnyOrderElementsOf(personNames(otherBefore));
    }

    @Test
    void quotesAndTextDatesAreStoredWithTheArticleAndReplacedWithIt(@TempDir Path corpus) {
        write(corpus, "quoted.txt", """
                Talks in Geneva

                GENEVA, March 3, 2021 - "The talks went well and they will go on," said Tony Blair, the British \
                prime minister, after the meeting.
                """);
        ingester.ingest(corpus);
        Article dated = article("quoted.txt");
        assertThat(dated.getDateSource()).isEqualTo(DateSource.DATELINE);
        assertThat(dated.getPublishedAt()).isEqualTo(Instant.parse("2021-03-03T00:00:00Z"));
        assertThat(quotes.findByArticle(dated.getId())).singleElement().satisfies(quote -> {
            assertThat(quote.getPerson().getName()).isEqualTo("Tony Blair");
            assertThat(quote.getText()).isEqualTo("The talks went well and they will go on,");
        });

        write(corpus, "quoted.txt", """
                Talks in Geneva

                Leaders met in Geneva on Monday, 5 April 2021. Tony Blair did not speak to reporters.
                """);
        ingester.ingest(corpus);
        Article replaced = article("quoted.txt");
        assertThat(replaced.getDateSource()).isEqualTo(DateSource.TEXT);
        assertThat(replaced.getPublishedAt()).isEqualTo(Instant.parse("2021-04-05T00:00:00Z"));
        assertThat(quotes.findByArticle(replaced.getId())).as("the old version's quotes are gone").isEmpty();

        write(corpus, "quoted.txt", """
                Talks in Geneva

                Leaders met in Geneva. Tony Blair did not speak to reporters.
                """);
        ingester.ingest(corpus);
        assertThat(article("quoted.txt").getDateSource()).isEqualTo(DateSource.NONE);
        assertThat(article("quoted.txt").getPublishedAt()).isNull();
    }

    @Test
    void brokenFilesAreRecordedWithReasonsAndTheGoodOnesIngestUntilTheBrokenOneIsFixed(@TempDir Path corpus) {
        write(corpus, "broken-1-good.txt", """
                Budget Vote Delayed

                Finance Minister Christian Lindner said on Thursday that the budget vote would be delayed.
                """);
        write(corpus, "broken-2-empty.txt", "");
        writeBytes(corpus, "broken-3-picture.txt",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write(corpus, "broken-4-good.txt", """
                Harbour Reopens

                The harbour reopened on Friday after repairs, the port authority said.
                """);

        ingester.ingest(corpus);

        assertThat(progress.ingestedCount()).isEqualTo(2);
        assertThat(progress.failedCount()).isEqualTo(2);
        assertThat(articles.findBySource("broken-1-good.txt")).isPresent();
        assertThat(articles.findBySource("broken-4-good.txt")).isPresent();
        assertThat(articles.findBySource("broken-2-empty.txt")).isEmpty();
        assertThat(failures.findBySource("broken-2-empty.txt")).get()
                .extracting(IngestFailure::getReason).asString().contains("empty");
        assertThat(failures.findBySource("broken-3-picture.txt")).get()
                .extracting(IngestFailure::getReason).asString().contains("binary", "PNG");

        write(corpus, "broken-2-empty.txt", """
                Empty No More

                The file was written again on Saturday with a real article in it.
                """);
        ingester.ingest(corpus);

        assertThat(failures.findBySource("broken-2-empty.txt")).isEmpty();
        assertThat(articles.findBySource("broken-2-empty.txt")).get()
                .extracting(Article::getTitle).isEqualTo("Empty No More");
        assertThat(failures.findBySource("broken-3-picture.txt")).isPresent();
        assertThat(progress.ingestedCount()).isEqualTo(1);
        assertThat(progress.skippedCount()).isEqualTo(2);
        assertThat(progress.failedCount()).isEqualTo(1);
    }

    @Test
    void strayNulCharacterInATextWithAByteOrderMarkIsStoredAsADamagedCharacter(@TempDir Path corpus) {
        // A byte order mark vouches for the encoding, so a NUL is a damaged character, not a sign of binary data;
        // PostgreSQL cannot store NUL in text, so it must not reach the database on any of them.
        writeBytes(corpus, "nul-byte.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Port Workers Vote\n\nDock workers in Rotterdam voted on Monday\0 to end the strike.\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        ingester.ingest(corpus);

        assertThat(failures.findBySource("nul-byte.txt")).isEmpty();
        Article article = article("nul-byte.txt");
        assertThat(article.getRawText()).contains("Monday\uFFFD to end").doesNotContain("\0");
        assertThat(article.getBody()).contains("Dock workers in Rotterdam voted on Monday").doesNotContain("\0");
    }

    @Test
    void surnameMentionedBeforeTheFullNameJoinsThatPerson(@TempDir Path corpus) {
        write(corpus, "khamenei-a.txt", """
                Talks Will Continue

                Supreme Leader Khamenei said on Monday that talks would continue. Khamenei spoke in Tehran.
                """);
        write(corpus, "khamenei-b.txt", """
                Delegation Received

                Iran's Supreme Leader Ali Khamenei met the delegation on Tuesday. Ali Khamenei thanked the guests.
                """);

        ingester.ingest(corpus);

        List<NamedEntity> people = peopleNamed("Khamenei");
        assertThat(people).extracting(NamedEntity::getName).containsExactly("Ali Khamenei");
        assertThat(sourcesOf(people.get(0))).containsExactlyInAnyOrder("khamenei-a.txt", "khamenei-b.txt");
    }

    @Test
    void surnameSharedByTwoPeopleStaysSeparateEvenIfIngestedWhenOnlyOneOfThemWasKnown(@TempDir Path corpus) {
        // The surname-only article sorts between the two full names: when it is ingested, Hillary is the only
        // Clinton known so far.
        write(corpus, "clinton-1-hillary.txt", """
                Campaign Speech in Iowa

                Former Secretary of State Hillary Clinton spoke to voters in Iowa on Monday. \
                Hillary Clinton promised new jobs.
                """);
        write(corpus, "clinton-2-surname.txt", """
                Rally in Ohio

                Clinton told supporters in Ohio on Wednesday that the election was close. \
                Clinton thanked the volunteers.
                """);
        write(corpus, "clinton-3-bill.txt", """
                Foundation Dinner

                Former President Bill Clinton spoke at a dinner in New York on Friday. Bill Clinton praised the cooks.
                """);

        ingester.ingest(corpus);

        List<NamedEntity> people = peopleNamed("Clinton");
        assertThat(people).extracting(NamedEntity::getName)
                .containsExactlyInAnyOrder("Hillary Clinton", "Clinton", "Bill Clinton");
        assertThat(people).allSatisfy(person -> assertThat(sourcesOf(person)).hasSize(1));
        NamedEntity surnameOnly = people.stream().filter(p -> p.getName().equals("Clinton")).findFirst().orElseThrow();
        assertThat(sourcesOf(surnameOnly)).containsExactly("clinton-2-surname.txt");
    }

    @Test
    void fileDeletedBetweenListingAndReadingIsRecordedAndTheOthersIngest(@TempDir Path corpus) {
        write(corpus, "deleted-1-good.txt", """
                Market Reopens

                The market reopened on Monday after the holiday, traders said.
                """);
        write(corpus, "deleted-2-gone.txt", """
                Soon Gone

                This file is deleted after the folder was listed.
                """);
        List<SourceEntry> listing = SourceTesting.entries(sources.open(corpus));
        assertThat(listing).extracting(SourceEntry::source).containsExactly("deleted-1-good.txt", "deleted-2-gone.txt");
        delete(corpus.resolve("deleted-2-gone.txt"));

        ingester.ingest("listing", Map.of("listing", listing::stream));

        assertThat(articles.findBySource("deleted-1-good.txt")).isPresent();
        assertThat(articles.findBySource("deleted-2-gone.txt")).isEmpty();
        assertThat(failures.findBySource("deleted-2-gone.txt")).get()
                .extracting(IngestFailure::getReason).asString().startsWith("file not found");
        assertThat(progress.ingestedCount()).isEqualTo(1);
        assertThat(progress.failedCount()).isEqualTo(1);
    }

    @Test
    void anArticleTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsStored(@TempDir Path corpus) {
        String tooLongId = "x".repeat(1100);
        write(corpus, "batch.jsonl", """
                {"id": "batch-1", "title": "Ferries Resume", "text": "Ferries resumed on Friday, the operator said."}
                {"id": "%s", "title": "Unstorable", "text": "Its name is longer than the source column."}
                {"id": "batch-3", "title": "Bridge Opens", "text": "The bridge opened on Sunday, the council said."}
                """.formatted(tooLongId));

        IngestSummary summary = ingester.ingest(List.of(corpus.resolve("batch.jsonl")));

        assertThat(articles.findBySource("batch.jsonl#id=batch-1")).isPresent();
        assertThat(articles.findBySource("batch.jsonl#id=batch-3")).isPresent();
        assertThat(summary.ingested()).isEqualTo(2);
        assertThat(summary.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo("batch.jsonl#id=" + tooLongId);
            assertThat(failure.reason()).startsWith("internal error, see the log");
        });
    }

    @Test
    void sameContentUnderASecondNameIsADuplicateAndAFileThatBecomesOneLosesItsArticle(@TempDir Path corpus) {
        String article = """
                Ferry Strike Ends

                The ferry strike ended on Thursday after the union accepted the offer, the operator said.
                """;
        write(corpus, "dup-a.txt", article);
        write(corpus, "dup-b.txt", article);
        write(corpus, "dup-c.txt", """
                Different Story

                The library extended its opening hours on Saturday, the council said.
                """);
        ingester.ingest(corpus);

        assertThat(articles.findBySource("dup-a.txt")).isPresent();
        assertThat(articles.findBySource("dup-b.txt")).isEmpty();
        assertThat(failures.findBySource("dup-b.txt")).get()
                .extracting(IngestFailure::getReason).isEqualTo("duplicate of dup-a.txt");
        assertThat(articles.findBySource("dup-c.txt")).isPresent();

        write(corpus, "dup-c.txt", article);
        ingester.ingest(corpus);

        assertThat(articles.findBySource("dup-c.txt")).as("a file's stale article, once it fails").isEmpty();
        assertThat(failures.findBySource("dup-c.txt")).get()
                .extracting(IngestFailure::getReason).isEqualTo("duplicate of dup-a.txt");
        assertThat(articles.findBySource("dup-a.txt")).isPresent();
    }

    @Test
    void listingRefusesFolderLinksAndNamedPipesWithoutOpeningThem(@TempDir Path corpus) throws Exception {
        write(corpus, "list-article.txt", "Title\n\nText.\n");
        write(corpus, "notes.pdf", "not an article");
        Path sub = Files.createDirectories(corpus.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), Path.of(".."));
        Files.createSymbolicLink(corpus.resolve("linked-file.txt"), Path.of("list-article.txt"));
        Files.createSymbolicLink(corpus.resolve("broken-link.txt"), Path.of("nowhere.txt"));
        assertThat(new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor()).isZero();

        List<FolderSource.Listed> listing = new FolderSource(corpus, sources).listing();

        assertThat(listing).extracting(entry -> corpus.relativize(entry.path()).toString())
                .containsExactly("broken-link.txt", "linked-file.txt", "list-article.txt", "pipe.txt", "sub/loop");
        assertThat(listing).extracting(FolderSource.Listed::refusal)
                .satisfiesExactly(
                        broken -> assertThat(broken).startsWith("not a regular file"),
                        linkedFile -> assertThat(linkedFile).isNull(),
                        file -> assertThat(file).isNull(),
                        pipe -> assertThat(pipe).startsWith("not a regular file"),
                        loop -> assertThat(loop).startsWith("link to a folder, not followed"));
    }

    @Test
    void datelineCountryAndLeadEntitiesAreProminentPassingMentionsNot(@TempDir Path corpus) {
        write(corpus, "prominence-grain.txt", """
                Grain Traders Expect Record Harvest

                TOKYO, March 3 - Traders expect Canada to report a record wheat harvest this year, analysts at \
                the grain exchange said on Tuesday.

                Exports to Egypt rose last year, a trader said, and prices should stay firm in the spring.
                """);
        ingester.ingest(corpus);
        Article article = article("prominence-grain.txt");
        List<Appearance> countries = appearances.findInArticles(List.of(article.getId()),
                List.of(EntityType.COUNTRY));
        assertThat(countries).extracting(a -> a.getEntity().getName() + (a.isProminent() ? "*" : ""))
                .containsExactly("Japan*", "Canada*", "Egypt");
    }

    private Article article(String source) {
        return articles.findBySource(source).orElseThrow(() -> new AssertionError("no article from " + source));
    }

    /** The names of the people an article lists. */
    private List<String> personNames(Article article) {
        return appearances.findInArticles(List.of(article.getId()), List.of(EntityType.PERSON)).stream()
                .map(appearance -> appearance.getEntity().getName()).toList();
    }

    /** Every person whose name contains the word. */
    private List<NamedEntity> peopleNamed(String word) {
        return entities.findAllOfType(EntityType.PERSON).stream()
                .filter(person -> person.getName().contains(word)).toList();
    }

    /** The files of the articles an entity appears in. */
    private List<String> sourcesOf(NamedEntity entity) {
        return appearances.findByEntity(entity).stream().map(Appearance::getArticle).map(Article::getSource).toList();
    }

    private static void write(Path corpus, String name, String text) {
        writeBytes(corpus, name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(Path corpus, String name, byte[] bytes) {
        try {
            Files.write(corpus.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
