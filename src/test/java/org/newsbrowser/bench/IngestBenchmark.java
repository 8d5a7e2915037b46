package org.newsbrowser.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsbrowser.NewsbrowserApplication;
import org.newsbrowser.extract.CoreNlpNer;
import org.newsbrowser.ingest.CorpusIngester;
import org.newsbrowser.ingest.IngestSummary;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingest throughput of the app against raw CoreNLP on the same texts, in the same JVM and run (issue 4, part 4).
 * Run by {@code bench/ingest.sh}; arguments: {@code ARTICLES RUNS THREADS CORPORA_DIR WORK_DIR [WARM_UP]}.
 *
 * <p>The sample: ARTICLES distinct readable articles, a third each from BBC, Reuters-21578 (stories with a body)
 * and AG News, drawn with a fixed seed and written as one JSON Lines file. Each run measures, in turn:
 * <ol>
 *   <li>raw CoreNLP, one pipeline per thread: {@code tokenize,ssplit,ner} with the app's model and settings on
 *       each article's text (the text the app analyzes), THREADS threads, no database;</li>
 *   <li>raw CoreNLP, one pipeline shared by THREADS threads (to choose between a pool and a shared pipeline);</li>
 *   <li>the app: a fresh H2 data folder, the app started without web server, a warm-up ingest of other articles
 *       of the corpora in the same context, then the timed full ingest of the sample file: reading, cleaning,
 *       CoreNLP, the clean-up rules, datelines, topics and the database writes.</li>
 * </ol>
 * Prints articles/s and tokens/s (tokens as CoreNLP counts them) for each, per run and as medians, the ratio of
 * the app to raw CoreNLP, and the JIT compiler's time in each timed phase.
 *
 * <p>The warm-up decides what is compared. Raw CoreNLP runs code the JIT compiler has compiled by the time it is
 * timed (a warm-up pass, then the earlier runs); the app runs far more code (H2, Hibernate, Lucene, Spring, its
 * own rules), and on two processors the compiler needs minutes of ingest to compile it. WARM_UP {@code steady}
 * (the default) ingests batches of {@value #WARM_UP_BATCH} other articles until a batch spends less than
 * {@value #STEADY_COMPILATION_SHARE} of its time in the compiler, so that both sides are timed warm, as in a bulk
 * ingest of thousands of articles. A number instead ingests that many other articles first: {@code 20} loads the
 * model and runs every step once, which times the app while its code is still being compiled, as in a small
 * ingest.
 */
public final class IngestBenchmark {

    /** Articles ingested at a time while warming up to a steady state. */
    private static final int WARM_UP_BATCH = 500;

    /** The compiler's share of a warm-up batch's time below which the app counts as warm. */
    private static final double STEADY_COMPILATION_SHARE = 0.03;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path corpora = Path.of(args[3]);
        Path work = Files.createDirectories(Path.of(args[4]));
        String warmUpArgument = args.length > 5 ? args[5] : "steady";
        boolean steady = warmUpArgument.equals("steady");

        Random random = new Random(20261122);
        List<List<SharedCorpora.Story>> byCorpus = SharedCorpora.load(corpora).values().stream()
                .map(stories -> shuffled(stories, random)).toList();
        List<SharedCorpora.Story> measured = sample(byCorpus, articles, random);
        Set<SharedCorpora.Story> inSample = Collections.newSetFromMap(new IdentityHashMap<>());
        inSample.addAll(measured);
        List<SharedCorpora.Story> others = shuffled(byCorpus.stream().flatMap(List::stream)
                .filter(story -> !inSample.contains(story)).toList(), random);
        Path sampleFile = work.resolve("sample.jsonl");
        SharedCorpora.writeJsonLines(measured, sampleFile);
        List<Path> warmUpFiles = warmUpFiles(steady ? others
                : others.subList(0, Math.min(Integer.parseInt(warmUpArgument), others.size())), work);
        List<String> texts = measured.stream().map(story -> story.content().text()).toList();
        System.out.printf(Locale.ROOT, "Sample: %d articles (%s), %,d characters, %d threads, %d runs, warm-up %s%n",
                texts.size(), composition(measured), texts.stream().mapToLong(String::length).sum(), threads, runs,
                steady ? "until the compiler takes under " + STEADY_COMPILATION_SHARE + " of a batch's time"
                        : warmUpArgument + " articles");

        List<StanfordCoreNLP> pool = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            StanfordCoreNLP.clearAnnotatorPool();
            pool.add(new StanfordCoreNLP(CoreNlpNer.properties(CoreNlpNer.MODEL)));
        }
        raw(List.of(pool.get(0)), threads, texts.subList(0, Math.min(50, texts.size())));

        List<double[]> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double cpuBefore = processCpuSeconds();
            long compilationBefore = compilationMillis();
            double[] pooled = raw(pool, threads, texts);
            double rawCpu = processCpuSeconds() - cpuBefore;
            long rawCompilation = compilationMillis() - compilationBefore;
            double[] shared = raw(List.of(pool.get(0)), threads, texts);
            double[] app = app(work.resolve("data-" + run), warmUpFiles, steady, sampleFile, threads, texts.size());
            double[] result = {pooled[0], shared[0], app[0], pooled[1], rawCpu, app[1], rawCompilation, app[2]};
            results.add(result);
            print("run " + run, result, texts.size());
        }
        double[] median = new double[8];
        for (int i = 0; i < median.length; i++) {
            int column = i;
            List<Double> values = new ArrayList<>(results.stream().map(r -> r[column]).toList());
            Collections.sort(values);
            int n = values.size();
            median[i] = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        }
        print("median", median, texts.size());
    }

    /**
     * Prints seconds as rates: raw pool, raw shared, app, and the app's ratio to the better raw figure; then the
     * processor time per article of raw CoreNLP (pool) and of the app, which a busy machine disturbs far less than
     * wall time.
     */
    private static void print(String label, double[] result, int articles) {
        double tokens = result[3];
        double rawBest = Math.min(result[0], result[1]);
        System.out.printf(Locale.ROOT, "%-7s raw pool %.2f art/s %,.0f tok/s | raw shared %.2f art/s %,.0f tok/s"
                        + " | app %.2f art/s %,.0f tok/s | app / raw pool %.2f, app / best raw %.2f"
                        + " | CPU ms/article raw %.1f, app %.1f, raw / app %.2f"
                        + " | JIT compiler s raw pool %.1f, app %.1f%n", label,
                articles / result[0], tokens / result[0], articles / result[1], tokens / result[1],
                articles / result[2], tokens / result[2], result[0] / result[2], rawBest / result[2],
                1000 * result[4] / articles, 1000 * result[5] / articles, result[4] / result[5],
                result[6] / 1000, result[7] / 1000);
    }

    /** Processor time used by this JVM so far, every thread (garbage collection and JIT included). */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Compilation time of the JIT compiler threads so far (elapsed time in compilations, summed over threads). */
    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    /** A third of the articles from the front of each (shuffled) corpus, shuffled together. */
    private static List<SharedCorpora.Story> sample(List<List<SharedCorpora.Story>> byCorpus, int count,
                                                    Random random) {
        List<SharedCorpora.Story> sample = new ArrayList<>();
        int corpusIndex = 0;
        for (List<SharedCorpora.Story> stories : byCorpus) {
            int share = count / byCorpus.size() + (corpusIndex++ < count % byCorpus.size() ? 1 : 0);
            sample.addAll(stories.subList(0, Math.min(share, stories.size())));
        }
        return shuffled(sample, random);
    }

    /** The warm-up articles as JSON Lines files of {@value #WARM_UP_BATCH} articles each. */
    private static List<Path> warmUpFiles(List<SharedCorpora.Story> stories, Path work) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int from = 0; from < stories.size(); from += WARM_UP_BATCH) {
            Path file = work.resolve("warm-up-" + files.size() + ".jsonl");
            SharedCorpora.writeJsonLines(stories.subList(from, Math.min(from + WARM_UP_BATCH, stories.size())), file);
            files.add(file);
        }
        return files;
    }

    private static String composition(List<SharedCorpora.Story> stories) {
        Map<String, Long> counts = new TreeMap<>();
        stories.forEach(story -> counts.merge(story.corpus(), 1L, Long::sum));
        return counts.toString();
    }

    /** Seconds and tokens for CoreNLP over every text on {@code threads} threads, taking pipelines in turn. */
    private static double[] raw(List<StanfordCoreNLP> pipelines, int threads, List<String> texts) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        AtomicInteger assigned = new AtomicInteger();
        ThreadLocal<StanfordCoreNLP> own = ThreadLocal.withInitial(() ->
                pipelines.get(assigned.getAndIncrement() % pipelines.size()));
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            futures.add(executor.submit(() -> {
                StanfordCoreNLP pipeline = own.get();
                Annotation annotation = new Annotation(text);
                pipeline.annotate(annotation);
                tokens.addAndGet(annotation.get(CoreAnnotations.TokensAnnotation.class).size());
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        executor.shutdown();
        return new double[] {seconds, tokens.get()};
    }

    /**
     * Seconds, processor seconds and compilation milliseconds of the app's ingest of the sample into a fresh data
     * folder, after a warm-up ingest (every warm-up file, or only until the app is steady).
     */
    private static double[] app(Path data, List<Path> warmUp, boolean untilSteady, Path sample, int threads,
                                int expected) {
        SpringApplication app = new SpringApplication(NewsbrowserApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = app.run("--newsbrowser.data-dir=" + data,
                "--newsbrowser.ingest-on-startup=false", "--newsbrowser.ingest.threads=" + threads,
                "--newsbrowser.ingest.pipelines=" + threads)) {
            CorpusIngester ingester = context.getBean(CorpusIngester.class);
            warmUp(ingester, warmUp, untilSteady);
            double cpuBefore = processCpuSeconds();
            long compilationBefore = compilationMillis();
            long started = System.nanoTime();
            IngestSummary summary;
            try (ThreadCpu byThread = new ThreadCpu()) {
                summary = ingester.ingest(List.of(sample));
                printByThread(byThread.secondsByKind(), expected);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = processCpuSeconds() - cpuBefore;
            long compilation = compilationMillis() - compilationBefore;
            if (summary.ingested() != expected) {
                throw new IllegalStateException("the app ingested " + summary.ingested() + " of " + expected
                        + " articles: " + summary.failures());
            }
            return new double[] {seconds, cpuSeconds, compilation};
        }
    }

    private static void printByThread(Map<String, Double> seconds, int articles) {
        StringBuilder line = new StringBuilder("app's processor time, ms/article:");
        seconds.forEach((kind, s) -> line.append(String.format(Locale.ROOT, " %s %.1f;", kind, 1000 * s / articles)));
        System.out.println(line);
    }

    private static void warmUp(CorpusIngester ingester, List<Path> files, boolean untilSteady) {
        int articles = 0;
        long started = System.nanoTime();
        double compilationShare = Double.NaN;
        for (Path file : files) {
            long compilationBefore = compilationMillis();
            long batchStarted = System.nanoTime();
            articles += ingester.ingest(List.of(file)).ingested();
            compilationShare = (compilationMillis() - compilationBefore) / ((System.nanoTime() - batchStarted) / 1e6);
            if (untilSteady && compilationShare < STEADY_COMPILATION_SHARE) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "warm-up: %d articles in %.0f s, the compiler's share of the last batch %.3f%n",
                articles, (System.nanoTime() - started) / 1e9, compilationShare);
    }
}
