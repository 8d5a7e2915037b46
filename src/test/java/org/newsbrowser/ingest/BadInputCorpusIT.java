package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsbrowser.Browser;
import org.newsbrowser.article.Article;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.MentionRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One corpus, written by this test, that mixes good articles (the seeds and a few BBC stories) with every kind of
 * bad input a newsroom folder holds: empty and blank files, binaries named .txt, broken and legacy encodings, a file
 * over the size limit, a 1 MB single line, hostile and absurdly nested HTML, an awkward file name, a folder link
 * looping back to its parent, an unreadable file, a named pipe, and the same article under two names. Each file
 * must end as a whole article or as a failure with a reason in words, and every good article must be ingested.
 *
 * <p>Unreadable files: the build runs as root in CI, where {@code chmod 000} does not stop reading. The test checks
 * whether the locked file can still be read and expects what really happens: ingested under root, recorded as
 * "permission denied" otherwise. A named pipe with an article's name is the source that is unreadable for root as
 * well (opening it would block the ingest forever), so it must be refused unopened.
 *
 * <p>One test opens two of the articles in headless Chromium ({@code /usr/bin/chromium}, {@code
 * /usr/bin/chromedriver}) to prove that script in an article is shown as text, or dropped, and never runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "newsbrowser.ingest-on-startup=false")
class BadInputCorpusIT {

    private static final Path BBC = Path.of("..", "shared", "corpora", "bbc");
    private static final String ODD_NAME = "Zürich \"Grüße\" it's Москва 東京 report.txt";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Path ROOT = tempDir();
    private static final Path CORPUS = ROOT.resolve("corpus");
    /** Source (relative path) of every file the corpus holds, with what it must become: an article or a failure. */
    private static final Map<String, Expect> EXPECTED = new LinkedHashMap<>();
    private static boolean lockedFileReadable;
    private static long ingestMillis;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MentionRepository mentions;

    @Autowired
    IngestFailureRepository failures;

    @Autowired
    IngestProgress progress;

    @RegisterExtension
    static final Browser browser = new Browser();

    /** What a file must become; {@code reason} is a fragment of the failure's reason. */
    record Expect(boolean isArticle, String reason) {
        static Expect article() {
            return new Expect(true, null);
        }

        static Expect failure(String reason) {
            return new Expect(false, reason);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsbrowser.corpus-dir", CORPUS::toString);
        registry.add("newsbrowser.data-dir", () -> ROOT.resolve("data").toString());
    }

    @BeforeAll
    static void writeAndIngestCorpus(@Autowired CorpusIngester ingester) throws Exception {
        writeCorpus();
        long started = System.nanoTime();
        ingester.ingest(CORPUS);
        ingestMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Bad-input corpus of %d entries ingested in %d ms%n", EXPECTED.size(), ingestMillis);
    }

    @Test
    void everyFileEndsAsAWholeArticleOrAFailureWithAReason() {
        Map<String, Article> bySource = new LinkedHashMap<>();
        articles.findAll().forEach(article -> bySource.put(article.getSource(), article));
        Map<String, String> reasons = new LinkedHashMap<>();
        failures.findAll().forEach(failure -> reasons.put(failure.getSource(), failure.getReason()));

        List<String> problems = new ArrayList<>();
        EXPECTED.forEach((source, expect) -> {
            boolean isArticle = bySource.containsKey(source);
            String reason = reasons.get(source);
            if (isArticle && reason != null) {
                problems.add(source + ": both an article and a failure (" + reason + ")");
            } else if (expect.isArticle() && !isArticle) {
                problems.add(source + ": expected an article, got " + (reason == null ? "nothing" : reason));
            } else if (!expect.isArticle() && (reason == null || !reason.contains(expect.reason()))) {
                problems.add(source + ": expected a failure saying '" + expect.reason() + "', got "
                        + (isArticle ? "an article" : reason));
            }
        });
        assertThat(problems).as("files that did not end as expected").isEmpty();
        assertThat(bySource.keySet()).as("articles from files the test did not write")
                .allMatch(EXPECTED::containsKey);
        assertThat(reasons.keySet()).as("failures of files the test did not write").allMatch(EXPECTED::containsKey);

        long expectedArticles = EXPECTED.values().stream().filter(Expect::isArticle).count();
        assertThat(articles.count()).isEqualTo(expectedArticles);
        assertThat(progress.ingestedCount()).isEqualTo(expectedArticles);
        assertThat(progress.failedCount()).isEqualTo(EXPECTED.size() - expectedArticles);
        assertThat(progress.state()).isEqualTo(IngestProgress.State.DONE);
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason)
                .doesNotContain("internal error", "Exception", ROOT.toString()));
        assertThat(ingestMillis).as("ingest time of the whole corpus, ms").isLessThan(60_000);
    }

    @Test
    void noArticleIsPartial() {
        for (Article article : articles.findAll()) {
            assertThat(article.getTitle()).as(article.getSource()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            assertThat(article.getBody()).as(article.getSource()).isNotBlank();
            assertThat(article.getLead()).as(article.getSource()).isNotBlank();
            for (Mention mention : mentions.findByArticle(article.getId())) {
                assertThat(mention.getBegin()).as(article.getSource()).isBetween(0, mention.getEnd() - 1);
                assertThat(mention.getEnd()).as(article.getSource()).isLessThanOrEqualTo(article.getBody().length());
                assertThat(article.getBody().substring(mention.getBegin(), mention.getEnd()))
                        .as(article.getSource()).startsWith(mention.getText());
            }
        }
        assertThat(mentions.findByArticle(article("seed-000.txt").getId())).as("mentions of a seed").isNotEmpty();
    }

    @Test
    void legacyEncodingsAreDecodedNotDropped() {
        assertThat(article("enc/latin-1.txt").getTitle()).isEqualTo("Café Owners Protest New Tax");
        assertThat(article("enc/latin-1.txt").getBody()).contains("café", "£40", "Zoë");
        assertThat(article("enc/windows-1252.txt").getBody())
                .contains("“a disgrace”", "café", "£40", "€5", "owners’", "—");
        for (String utf16 : List.of("enc/utf-16le-bom.txt", "enc/utf-16be-bom.txt")) {
            assertThat(article(utf16).getTitle()).as(utf16).isEqualTo("Café Owners Protest New Tax");
            assertThat(article(utf16).getBody()).as(utf16).contains("café", "£40", "“a disgrace”");
        }
        assertThat(article("enc/utf-8-one-damaged-byte.txt").getBody())
                .as("UTF-8 with one broken sequence keeps its other accents")
                .contains("café", "£40", "\uFFFD");
        assertThat(article("bbc-sport-199.txt").getBody()).contains("£");
    }

    @Test
    void hostileHtmlIsStoredAsTextWithoutMarkupOrCode() throws Exception {
        Article hostile = article("html/hostile.html");
        assertThat(hostile.getTitle()).isEqualTo("Council Approves Harbour Budget");
        assertThat(hostile.getBody()).contains("The council approved the harbour budget", "Read the full report")
                .doesNotContain("<", "script", "alert", "iframe", "onerror", "onclick", "javascript", "document.");
        String page = fetch("/articles/" + hostile.getId()).body();
        String text = page.substring(page.indexOf("<div class=\"article-text\">"));
        assertThat(text).contains("approved the harbour budget on Tuesday", "Read the full report")
                .doesNotContain("<script", "<iframe", "onerror", "onclick", "javascript:", "alert(");
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        Article nested = article("html/nested-10000.html");
        assertThat(nested.getTitle()).isEqualTo("Deep Page Still Has a Story");
        assertThat(nested.getBody()).contains("The story at the bottom of ten thousand folders");
    }

    @Test
    void oddFileNameIsShownAndLinkedCorrectly() throws Exception {
        Article odd = article(ODD_NAME);
        HttpResponse<String> page = fetch("/articles/" + odd.getId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Zürich &quot;Grüße&quot; it&#39;s Москва 東京 report.txt");
        String json = fetch("/api/articles?size=100").body();
        List<String> sources = JsonPath.read(json, "$.content[*].source");
        assertThat(sources).contains(ODD_NAME);
        List<Integer> ids = JsonPath.read(json, "$.content[?(@.source == '" + ODD_NAME.replace("'", "\\'")
                + "')].id");
        assertThat(ids).containsExactly(odd.getId().intValue());
        assertThat(fetch("/api/articles/" + ids.get(0)).body()).contains("\"source\":\"Zürich \\\"Grüße\\\" it's");
    }

    @Test
    void sameArticleUnderASecondNameIsRecordedAsADuplicateAndShownOnTheStatusPage() throws Exception {
        assertThat(failures.findBySource("zz-copy-of-seed-000.txt")).get()
                .extracting(IngestFailure::getReason).isEqualTo("duplicate of seed-000.txt");
        assertThat(fetch("/ingest").body()).contains("zz-copy-of-seed-000.txt", "duplicate of seed-000.txt");
    }

    /**
     * In a real browser: markup in an article's text is shown as text and never runs, and a page that carried
     * script, event handlers and javascript: links arrives without any of them. Both scripts would set
     * {@code window.pwned} and the document title.
     */
    @Test
    void browserShowsScriptInAnArticleAsTextAndNeverRunsIt() {
        Article asText = article("html/script-as-text.txt");
        browser.open("/articles/" + asText.getId());
        WebElement text = browser.find(By.cssSelector(".article-text"));
        assertThat(text.getText()).contains("<script>document.title = 'pwned'; window.pwned = true;",
                "</script>", "<img src=x onerror=\"window.pwned = true\">");
        assertThat(text.findElements(By.cssSelector("script, img, iframe"))).isEmpty();
        assertNotRun(asText.getTitle());

        Article hostile = article("html/hostile.html");
        browser.open("/articles/" + hostile.getId());
        text = browser.find(By.cssSelector(".article-text"));
        assertThat(text.getText()).contains("approved the harbour budget").doesNotContain("alert", "<");
        assertThat(browser.findAll(By.cssSelector("script, iframe, img[onerror], [onclick], [onload],"
                + " a[href^='javascript']"))).isEmpty();
        assertNotRun(hostile.getTitle());
    }

    private static void assertNotRun(String title) {
        Object pwned = browser.js("return typeof window.pwned");
        assertThat(pwned).as("a script from the article ran").isEqualTo("undefined");
        assertThat(browser.driver().getTitle()).as("document title").isEqualTo(title + " · Newsbrowser");
    }

    private Article article(String source) {
        return articles.findBySource(source).orElseThrow(() -> new AssertionError("no article from " + source
                + "; failure: " + failures.findBySource(source).map(IngestFailure::getReason).orElse("none")));
    }

    private HttpResponse<String> fetch(String uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(browser.url(uri))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- the corpus --------------------------------------------------------------------------------------------

    private static void writeCorpus() throws Exception {
        Files.createDirectories(CORPUS);
        goodArticles();
        emptyAndBinary();
        encodings();
        sizes();
        html();
        awkwardFileSystem();
    }

    private static void goodArticles() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String name = "seed-" + seed.getFileName().toString().substring(0, 3) + ".txt";
                Files.copy(seed, CORPUS.resolve(name));
                EXPECTED.put(name, Expect.article());
            }
        }
        if (Files.isDirectory(BBC)) {
            for (String story : List.of("business/001.txt", "sport/199.txt", "tech/002.txt")) {
                String name = "bbc-" + story.replace('/', '-');
                Files.copy(BBC.resolve(story), CORPUS.resolve(name));
                EXPECTED.put(name, Expect.article());
            }
        }
        // The same bytes as a seed, under a name that sorts after it.
        Files.copy(CORPUS.resolve("seed-000.txt"), CORPUS.resolve("zz-copy-of-seed-000.txt"));
        EXPECTED.put("zz-copy-of-seed-000.txt", Expect.failure("duplicate of seed-000.txt"));
    }

    private static void emptyAndBinary() throws IOException {
        write("bad/empty.txt", new byte[0], Expect.failure("empty file"));
        write("bad/whitespace.txt", " \n\t\r\n\u00A0 \u2003\n".getBytes(StandardCharsets.UTF_8),
                Expect.failure("empty file"));
        byte[] png = new byte[2048];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        write("bad/picture.txt", png, Expect.failure("PNG image"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("article.txt"));
            out.write("Zipped Article\n\nThis article was zipped.\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        write("bad/archive.txt", zip.toByteArray(), Expect.failure("ZIP archive"));
        byte[] random = new byte[4096];
        new Random(2).nextBytes(random);
        write("bad/random.txt", random, Expect.failure("binary content"));
        // High bytes that are neither UTF-8 nor text in any Latin encoding: no NUL, so only the decoder can tell.
        byte[] garbage = new byte[3000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (0xC0 + (i * 7) % 0x40);
        }
        write("bad/invalid-utf-8.txt", garbage, Expect.failure("not valid text"));
    }

    private static void encodings() throws IOException {
        String article = "Café Owners Protest New Tax\n\nThe café owners of Lyon called the tax “a disgrace” on "
                + "Monday. It costs £40 a week, said Zoë Martin — and the owners’ union wants it cut to €5.\n";
        write("enc/latin-1.txt", article.replace("“", "\"").replace("”", "\"").replace("’", "'")
                .replace("—", "-").replace("€5", "5 euros").getBytes(StandardCharsets.ISO_8859_1), Expect.article());
        write("enc/windows-1252.txt", article.getBytes(WINDOWS_1252), Expect.article());
        assertThat(article.getBytes(WINDOWS_1252)).contains((byte) 0x93, (byte) 0x94);
        write("enc/utf-16le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                article.getBytes(StandardCharsets.UTF_16LE)), Expect.article());
        write("enc/utf-16be-bom.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                article.getBytes(StandardCharsets.UTF_16BE)), Expect.article());
        // UTF-8 with one sequence cut short (as a bad copy or a truncated transfer leaves it).
        byte[] utf8 = article.replace("Monday", "Monday\u00E9").getBytes(StandardCharsets.UTF_8);
        String withMarker = new String(utf8, StandardCharsets.ISO_8859_1);
        int broken = withMarker.indexOf("Monday") + "Monday".length();
        utf8[broken + 1] = ' '; // é is C3 A9: drop the continuation byte
        write("enc/utf-8-one-damaged-byte.txt", utf8, Expect.article());
    }

    private static void sizes() throws IOException {
        String sentence = "Officials in Geneva said on Monday that the talks between Iran and the European Union "
                + "would resume next week, after a pause of several months. ";
        // 20 MB of text: refused unread, with the limit in the reason.
        Path huge = CORPUS.resolve("size/huge-20mb.txt");
        Files.createDirectories(huge.getParent());
        try (var out = Files.newOutputStream(huge)) {
            out.write("Talks Resume\n\n".getBytes(StandardCharsets.UTF_8));
            byte[] block = sentence.repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 20L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        EXPECTED.put("size/huge-20mb.txt", Expect.failure("file too large: 20 MB (limit 10 MB)"));
        // One line of 1 MB, without a headline: far beyond any news story, so refused with the text limit.
        write("size/one-line-1mb.txt", sentence.repeat(1024 * 1024 / sentence.length() + 1)
                .getBytes(StandardCharsets.UTF_8), Expect.failure("article text too long"));
    }

    private static void html() throws IOException {
        write("html/hostile.html", """
                <!DOCTYPE html>
                <html><head><title>Council Approves Harbour Budget</title>
                <script>document.title = 'pwned'; window.pwned = true;</script>
                <meta http-equiv="refresh" content="0; url=javascript:alert(1)">
                </head>
                <body onload="alert('onload')">
                <article>
                <h1>Council Approves Harbour Budget</h1>
                <p onclick="alert('click')">The council approved the harbour budget on Tuesday, the mayor said.</p>
                <iframe src="javascript:alert('iframe')"></iframe>
                <p><img src="x" onerror="alert('img')">Work on the harbour wall starts in May and will take a year.</p>
                <script>alert('inline'); document.title = 'pwned';</script>
                <p><a href="javascript:alert('link')">Read the full report</a> on the council's site.</p>
                <svg onload="alert('svg')"><script>alert('svg script')</script></svg>
                </article>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8), Expect.article());
        write("html/script-as-text.txt", """
                Letter Quotes a Script Tag

                A reader sent the letters page this line: <script>document.title = 'pwned'; window.pwned = true;\
                </script> and asked whether it would run. <img src=x onerror="window.pwned = true"> It did not.
                """.getBytes(StandardCharsets.UTF_8), Expect.article());
        StringBuilder nested = new StringBuilder("<html><head><title>Deep Page Still Has a Story</title></head>"
                + "<body>");
        nested.append("<div>".repeat(10_000))
                .append("<p>The story at the bottom of ten thousand folders was written by the mayor of Bern.</p>")
                .append("</div>".repeat(10_000))
                .append("</body></html>");
        write("html/nested-10000.html", nested.toString().getBytes(StandardCharsets.UTF_8), Expect.article());
    }

    private static void awkwardFileSystem() throws Exception {
        write(ODD_NAME, """
                Lake Ferry Returns to Service

                The ferry on Lake Zurich returned to service on Sunday after repairs, the operator said.
                """.getBytes(StandardCharsets.UTF_8), Expect.article());

        // A folder link that points back at its parent: walking into it would never end.
        Path links = Files.createDirectories(CORPUS.resolve("links"));
        Files.createSymbolicLink(links.resolve("loop"), Path.of(".."));
        write("links/inside-linked-folder.txt", """
                Bridge Opens Early

                The new bridge opened two weeks early on Friday, the city said.
                """.getBytes(StandardCharsets.UTF_8), Expect.article());
        EXPECTED.put("links/loop", Expect.failure("link to a folder"));

        // chmod 000: unreadable unless the build runs as root.
        Path locked = CORPUS.resolve("locked/no-permission.txt");
        write("locked/no-permission.txt", """
                Locked Article

                This article's file may not be read by the app, unless it runs as root.
                """.getBytes(StandardCharsets.UTF_8), null);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        lockedFileReadable = canRead(locked);
        EXPECTED.put("locked/no-permission.txt",
                lockedFileReadable ? Expect.article() : Expect.failure("permission denied"));

        // A named pipe called like an article: opening it would block until someone writes to it.
        Path pipe = CORPUS.resolve("locked/pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo exit code").isZero();
        EXPECTED.put("locked/pipe.txt", Expect.failure("not a regular file"));
    }

    private static boolean canRead(Path file) {
        try {
            Files.readAllBytes(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(String name, byte[] bytes, Expect expect) throws IOException {
        Path file = CORPUS.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        if (expect != null) {
            EXPECTED.put(name, expect);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newsbrowser-bad-input");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
