package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Crash safety (issue 5, part 2): an app killed with SIGKILL in the middle of an ingest, restarted and left to
 * finish, holds exactly what an uninterrupted run holds, and no half-written article.
 *
 * <p>The test writes a corpus of BBC articles (from {@code ../shared/corpora/bbc}, the same share of each category,
 * BBC's exact duplicates included: both runs record them as failures) and runs the real application in child JVMs:
 * <ol>
 *   <li>reference: a child ingests the whole corpus into data folder A, uninterrupted, and is stopped normally;</li>
 *   <li>crash: a child ingests into data folder B; once its {@code /api/ingest} status (port read from its log) says
 *       about half the files are done, it is killed with {@code kill -9 <pid>} — SIGKILL, no shutdown hooks, no
 *       H2 close; its exit status 137 (128 + 9) and the missing "Ingested ..." log line prove it died mid-ingest;</li>
 *   <li>recovery: a new child on B restarts, skips what was committed, ingests the rest and is stopped normally;</li>
 *   <li>both H2 databases are opened with plain JDBC and compared by counts and a SHA-256 checksum, per table, over
 *       id-free rows: articles (source, content hash, title, body length), entities (type, key, country),
 *       appearances, mentions (by article source and entity key) and ingest failures (source, reason); B is also
 *       checked for half-written articles (empty title or body, mentions outside the body or without article).</li>
 * </ol>
 *
 * <p>Size: the issue asks for 2,000 articles. On the 2-core build machine the app ingests about 22 BBC articles a
 * second after a 15-20 s start, and the three child runs ingest the corpus twice in all: 1,600 articles measured
 * 215 s for this test, 2,000 would take about 4.3 minutes. The default is therefore {@value #DEFAULT_ARTICLES}
 * articles, the largest round count that keeps it under about 4 minutes. Run with {@code -Dcrash.articles=2000}
 * for the full size (the property must reach the test JVM, e.g. through failsafe's {@code argLine}).
 */
class CrashSafetyIT {

    private static final int DEFAULT_ARTICLES = 1600;
    private static final Path BBC = Path.of("..", "shared", "corpora", "bbc");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration INGEST_TIMEOUT = Duration.ofMinutes(6);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern PROCESSED = Pattern.compile("\"processed\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final List<Process> CHILDREN = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterAll
    static void killChildren() {
        CHILDREN.forEach(Process::destroyForcibly);
    }

    @Test
    void killedMidIngestThenRestartedEqualsUninterruptedRun() throws Exception {
        int articles = Integer.getInteger("crash.articles", DEFAULT_ARTICLES);
        Path root = Files.createDirectories(Path.of("target", "crash-safety-it")).toAbsolutePath();
        deleteRecursively(root);
        Path corpus = writeCorpus(root.resolve("corpus"), articles);
        Path dirA = root.resolve("data-a");
        Path dirB = root.resolve("data-b");

        long t0 = System.nanoTime();
        Child reference = Child.start(corpus, dirA, root.resolve("reference.log"));
        String referenceDone = reference.awaitLine("Ingested ", INGEST_TIMEOUT);
        reference.stop();
        long referenceMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("Reference run: %s (%d ms with start and stop)%n", referenceDone.trim(), referenceMillis);

        Child crashed = Child.start(corpus, dirB, root.resolve("crashed.log"));
        int port = Integer.parseInt(group(PORT, crashed.awaitLine("Tomcat started on port", START_TIMEOUT)));
        int[] progress = awaitProcessed(crashed, port, articles / 2);
        int exit = crashed.killWithSigkill();
        assertThat(exit).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(crashed.log()).as("the crashed child must not have finished its ingest").doesNotContain("Ingested ");
        assertThat(progress[0]).as("killed mid-ingest").isBetween(1, progress[1] - 1);
        System.out.printf("Killed child at %d of %d files processed%n", progress[0], progress[1]);

        Child recovered = Child.start(corpus, dirB, root.resolve("recovered.log"));
        String recoveredDone = recovered.awaitLine("Ingested ", INGEST_TIMEOUT);
        recovered.stop();
        System.out.println("Recovery run: " + recoveredDone.trim());
        assertThat(recoveredDone).as("the restart skips what the killed child committed")
                .doesNotContain(" 0 unchanged");

        Map<String, Table> a = snapshot(dirA);
        Map<String, Table> b = snapshot(dirB);
        a.forEach((name, table) -> System.out.printf("%-12s A: %6d rows %s%n%-12s B: %6d rows %s%n",
                name, table.rows(), table.checksum(), name, b.get(name).rows(), b.get(name).checksum()));
        assertThat(a.get("article").rows()).as("articles").isGreaterThan(articles / 2);
        assertThat(b).as("killed-and-restarted database equals the uninterrupted one").isEqualTo(a);
        assertNoHalfWrittenArticle(dirB);
        System.out.printf("Crash safety with %d articles: %d s in all%n", articles,
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** Polls the child's ingest status until at least {@code target} files are processed; returns processed, total. */
    private int[] awaitProcessed(Child child, int port, int target) throws Exception {
        long deadline = System.nanoTime() + INGEST_TIMEOUT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ingest"))
                .timeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < deadline) {
            child.assertAlive();
            String json = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            int processed = Integer.parseInt(group(PROCESSED, json));
            int total = Integer.parseInt(group(TOTAL, json));
            if (processed >= target) {
                return new int[] {processed, total};
            }
            Thread.sleep(100);
        }
        return fail("child never got to %d processed files; its log ends:%n%s", target, child.tail());
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    /** Copies the first {@code count / 5} articles of each BBC category (the remainder from the first ones). */
    private static Path writeCorpus(Path corpus, int count) throws IOException {
        List<Path> categories;
        try (Stream<Path> list = Files.list(BBC)) {
            categories = list.filter(Files::isDirectory).sorted().toList();
        }
        int copied = 0;
        for (int i = 0; i < categories.size(); i++) {
            int share = count / categories.size() + (i < count % categories.size() ? 1 : 0);
            List<Path> files;
            try (Stream<Path> list = Files.list(categories.get(i))) {
                files = list.filter(f -> f.toString().endsWith(".txt")).sorted().limit(share).toList();
            }
            Path target = Files.createDirectories(corpus.resolve(categories.get(i).getFileName().toString()));
            for (Path file : files) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
                copied++;
            }
        }
        assertThat(copied).as("BBC articles copied from %s", BBC.toAbsolutePath()).isEqualTo(count);
        return corpus;
    }

    record Table(long rows, String checksum) {
    }

    /** Counts and checksums of every table, over rows without ids, sorted. */
    private static Map<String, Table> snapshot(Path dataDir) throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (Connection db = open(dataDir)) {
            tables.put("article", table(db, "select source, content_hash, title, length(t.body)"
                    + " from article a join article_text t on t.article_id = a.id"));
            tables.put("entity", table(db, "select type, name_key, country_code from named_entity"));
            tables.put("appearance", table(db, "select a.source, e.type, e.name_key, p.mention_count, p.prominent"
                    + " from appearance p join article a on a.id = p.article_id"
                    + " join named_entity e on e.id = p.entity_id"));
            tables.put("mention", table(db, "select a.source, m.begin_offset, m.end_offset, e.type, e.name_key"
                    + " from mention m join article a on a.id = m.article_id"
                    + " join named_entity e on e.id = m.entity_id"));
            tables.put("failure", table(db, "select source, reason from ingest_failure"));
        }
        return tables;
    }

    private static Table table(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getString(c)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(Comparator.naturalOrder());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update((row + '\n').getBytes(StandardCharsets.UTF_8)));
            return new Table(rows.size(), HexFormat.of().formatHex(digest.digest()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoHalfWrittenArticle(Path dataDir) throws SQLException {
        try (Connection db = open(dataDir)) {
            assertThat(count(db, "select count(*) from article a left join article_text t"
                    + " on t.article_id = a.id where a.title = '' or t.body is null or t.body = ''"))
                    .as("articles with an empty title or body").isZero();
            assertThat(count(db, "select count(*) from mention m left join article a on a.id = m.article_id"
                    + " where a.id is null")).as("mentions without their article").isZero();
            assertThat(count(db, "select count(*) from mention m join article_text t on t.article_id = m.article_id"
                    + " where m.begin_offset < 0 or m.end_offset <= m.begin_offset"
                    + " or m.end_offset > length(t.body)")).as("mentions outside their article's body").isZero();
            assertThat(count(db, "select count(*) from appearance p left join article a on a.id = p.article_id"
                    + " where a.id is null")).as("appearances without their article").isZero();
            assertThat(count(db, "select count(*) from article a join ingest_failure f on f.source = a.source"))
                    .as("files that are both an article and a failure").isZero();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("newsbrowser") + ";ACCESS_MODE_DATA=r",
                "sa", "");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }

    /** The app in a child JVM, its stdout and stderr in a log file. */
    private record Child(Process process, Path logFile) {

        static Child start(Path corpus, Path dataDir, Path log) throws IOException {
            Process process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"),
                    "org.newsbrowser.NewsbrowserApplication",
                    "--server.port=0", "--newsbrowser.corpus-dir=" + corpus, "--newsbrowser.data-dir=" + dataDir)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            CHILDREN.add(process);
            return new Child(process, log);
        }

        /** Waits for a log line containing {@code text} and returns it; fails with the log's end otherwise. */
        String awaitLine(String text, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                boolean alive = process.isAlive();
                for (String line : log().split("\n")) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
                if (!alive) {
                    fail("child exited (%d) before logging \"%s\"; its log ends:%n%s", process.exitValue(), text,
                            tail());
                }
                Thread.sleep(200);
            }
            return fail("no \"%s\" in the child's log after %s; its log ends:%n%s", text, timeout, tail());
        }

        void assertAlive() {
            if (!process.isAlive()) {
                fail("child exited (%d); its log ends:%n%s", process.exitValue(), tail());
            }
        }

        /** Stops the child normally (SIGTERM: Spring closes the context and H2 the database). */
        void stop() throws Exception {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("child did not stop within a minute of SIGTERM; its log ends:%n%s", tail());
            }
        }

        /** Kills the child with {@code kill -9}, SIGKILL: no shutdown hook runs and H2 is not closed. */
        int killWithSigkill() throws Exception {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor(30, TimeUnit.SECONDS)).as("kill -9 returns").isTrue();
            assertThat(kill.exitValue()).as("kill -9 exit status").isZero();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("child gone after kill -9").isTrue();
            return process.exitValue();
        }

        String log() {
            try {
                return Files.readString(logFile, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return "";
            }
        }

        String tail() {
            String[] lines = log().split("\n");
            return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
        }
    }
}
