package org.newsbrowser.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 *   <li>the app: a fresh H2 data folder, the app started without web server, a warm-up ingest of WARM_UP
 *       other articles (default 20: the model is loaded, as for raw CoreNLP), then the timed full ingest of the
 *       sample file: reading, cleaning, CoreNLP, the clean-up rules, datelines, topics and the database writes.</li>
 * </ol>
 * Prints articles/s and tokens/s (tokens as CoreNLP counts them) for each, per run and as medians, and the ratio
 * of the app to raw CoreNLP.
 */
public final class IngestBenchmark {

    /** Enough for the model to be loaded and every step run once; a larger warm-up may be given. */
    private static final int DEFAULT_WARM_UP_ARTICLES = 20;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path corpora = Path.of(args[3]);
        Path work = Files.createDirectories(Path.of(args[4]));
        int warmUpArticles = args.length > 5 ? Integer.parseInt(args[5]) : DEFAULT_WARM_UP_ARTICLES;

        List<SharedCorpora.Story> sample = sample(SharedCorpora.load(corpora), articles + warmUpArticles);
        List<SharedCorpora.Story> warmUp = sample.subList(articles, sample.size());
        List<SharedCorpora.Story> measured = sample.subList(0, articles);
        Path sampleFile = work.resolve("sample.jsonl");
        Path warmUpFile = work.resolve("warm-up.jsonl");
        SharedCorpora.writeJsonLines(measured, sampleFile);
        SharedCorpora.writeJsonLines(warmUp, warmUpFile);
        List<String> texts = measured.stream().map(story -> story.content().text()).toList();
        System.out.printf(Locale.ROOT, "Sample: %d articles (%s), %,d characters, %d threads, %d runs%n",
                texts.size(), composition(measured), texts.stream().mapToLong(String::length).sum(), threads, runs);

        List<StanfordCoreNLP> pool = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            StanfordCoreNLP.clearAnnotatorPool();
            pool.add(new StanfordCoreNLP(CoreNlpNer.properties(CoreNlpNer.MODEL)));
        }
        raw(List.of(pool.get(0)), threads, texts.subList(0, Math.min(50, texts.size())));

        List<double[]> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double cpuBefore = processCpuSeconds();
            double[] pooled = raw(pool, threads, texts);
            double rawCpu = processCpuSeconds() - cpuBefore;
            double[] shared = raw(List.of(pool.get(0)), threads, texts);
            double[] app = app(work.resolve("data-" + run), warmUpFile, sampleFile, threads, articles);
            double[] result = {pooled[0], shared[0], app[0], pooled[1], rawCpu, app[1]};
            results.add(result);
            print("run " + run, result, texts.size());
        }
        double[] median = new double[6];
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
                        + " | CPU ms/article raw %.1f, app %.1f, raw / app %.2f%n", label,
                articles / result[0], tokens / result[0], articles / result[1], tokens / result[1],
                articles / result[2], tokens / result[2], result[0] / result[2], rawBest / result[2],
                1000 * result[4] / articles, 1000 * result[5] / articles, result[4] / result[5]);
    }

    /** Processor time used by this JVM so far, every thread (garbage collection and JIT included). */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** A third of the articles from each corpus, drawn with a fixed seed, then shuffled together. */
    private static List<SharedCorpora.Story> sample(Map<String, List<SharedCorpora.Story>> byCorpus, int count) {
        Random random = new Random(20261122);
        List<SharedCorpora.Story> sample = new ArrayList<>();
        int corpusIndex = 0;
        for (List<SharedCorpora.Story> stories : byCorpus.values()) {
            List<SharedCorpora.Story> shuffled = new ArrayList<>(stories);
            Collections.shuffle(shuffled, random);
            int share = count / byCorpus.size() + (corpusIndex++ < count % byCorpus.size() ? 1 : 0);
            sample.addAll(shuffled.subList(0, Math.min(share, shuffled.size())));
        }
        Collections.shuffle(sample, random);
        return sample;
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
     * Seconds and processor seconds the app takes to ingest the sample into a fresh data folder, after a warm-up
     * ingest.
     */
    private static double[] app(Path data, Path warmUp, Path sample, int threads, int expected) {
        SpringApplication app = new SpringApplication(NewsbrowserApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = app.run("--newsbrowser.data-dir=" + data,
                "--newsbrowser.ingest-on-startup=false", "--newsbrowser.ingest.threads=" + threads,
                "--newsbrowser.ingest.pipelines=" + threads)) {
            CorpusIngester ingester = context.getBean(CorpusIngester.class);
            ingester.ingest(List.of(warmUp));
            double cpuBefore = processCpuSeconds();
            long started = System.nanoTime();
            IngestSummary summary = ingester.ingest(List.of(sample));
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = processCpuSeconds() - cpuBefore;
            if (summary.ingested() != expected) {
                throw new IllegalStateException("the app ingested " + summary.ingested() + " of " + expected
                        + " articles: " + summary.failures());
            }
            return new double[] {seconds, cpuSeconds};
        }
    }
}
