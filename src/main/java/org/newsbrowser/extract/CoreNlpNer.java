package org.newsbrowser.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The statistical part of extraction: CoreNLP pipelines running only the 3-class CRF tagger. Loading one takes a
 * few seconds and about 100 MB, so create this once and share it. {@link #tag} is safe to call from several threads
 * ({@link StanfordCoreNLP#annotate(Annotation)} keeps all per-document state in the annotation); with a pool of
 * several pipelines each call takes a free one, so threads share no tagger state at all (docs/BENCHMARKS.md
 * compares one shared pipeline with one per thread).
 */
public final class CoreNlpNer {

    /** The only model the build unpacks; any setting that would load another model is switched off below. */
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private static final Set<String> LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    /** The CRF occasionally tags a capitalised pronoun next to a name; these never name anyone. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "he", "him", "his", "she", "her", "hers",
            "it", "its", "we", "us", "our", "they", "them", "their", "you", "your");

    private final BlockingQueue<StanfordCoreNLP> pipelines;

    /** Loads one pipeline with the bundled 3-class model. */
    public CoreNlpNer() {
        this(MODEL, 1);
    }

    /**
     * Loads one pipeline with the given models.
     *
     * @param models comma-separated classpath resources of CRF models, applied in order (CoreNLP's {@code ner.model})
     */
    public CoreNlpNer(String models) {
        this(models, 1);
    }

    /**
     * Loads a pool of pipelines with the given models, each with its own copy of the models.
     *
     * @param models    comma-separated classpath resources of CRF models, applied in order
     * @param pipelines how many: up to this many texts are tagged at once without sharing a pipeline
     */
    public CoreNlpNer(String models, int pipelines) {
        if (pipelines < 1) {
            throw new IllegalArgumentException("at least one pipeline: " + pipelines);
        }
        this.pipelines = new ArrayBlockingQueue<>(pipelines);
        for (int i = 0; i < pipelines; i++) {
            this.pipelines.add(load(models, i > 0));
        }
    }

    /**
     * A pipeline. CoreNLP caches annotators by their settings, so a pipeline with the settings of an earlier one
     * shares its tagger (which spares reloading the model for a second instance of this class); clearing the cache
     * first gives a pool's further pipelines their own.
     */
    private static StanfordCoreNLP load(String models, boolean ownAnnotators) {
        synchronized (CoreNlpNer.class) {
            if (ownAnnotators) {
                StanfordCoreNLP.clearAnnotatorPool();
            }
            return new StanfordCoreNLP(properties(models));
        }
    }

    /** How many pipelines the pool holds. */
    public int pipelines() {
        return pipelines.remainingCapacity() + pipelines.size();
    }

    /** The pipeline settings: tokenize, ssplit and ner with the given models and nothing that loads more. */
    public static Properties properties(String models) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "en");
        // Headlines, captions and datelines are lines without a full stop; they must not run into the next paragraph.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", models);
        props.setProperty("ner.combinationMode", "NORMAL");
        // Everything below would load rules or models we neither ship nor need (dates, numbers, fine-grained
        // classes, KBP entity mentions).
        props.setProperty("ner.statisticalOnly", "true");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.docdate.usePresent", "false");
        return props;
    }

    /**
     * Tags a text.
     *
     * @return PERSON, ORGANIZATION and LOCATION spans in text order, each a maximal run of same-label tokens,
     *         without pronouns
     */
    public List<NerSpan> tag(String text) {
        Annotation annotation = annotate(text);
        List<NerSpan> spans = new ArrayList<>();
        CoreLabel first = null;
        CoreLabel last = null;
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            String label = token.ner();
            if (last != null && !(label.equals(last.ner()) && sameLine(text, last, token))) {
                add(spans, text, first, last);
                first = null;
                last = null;
            }
            if (LABELS.contains(label)) {
                first = first == null ? token : first;
                last = token;
            }
        }
        if (last != null) {
            add(spans, text, first, last);
        }
        return spans;
    }

    /** Runs a free pipeline of the pool over the text, waiting for one when all are busy. */
    private Annotation annotate(String text) {
        StanfordCoreNLP pipeline;
        try {
            pipeline = pipelines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a CoreNLP pipeline", e);
        }
        try {
            Annotation annotation = new Annotation(text);
            pipeline.annotate(annotation);
            return annotation;
        } finally {
            pipelines.add(pipeline);
        }
    }

    /** A headline ending in a name must not merge with a name starting the next line. */
    private static boolean sameLine(String text, CoreLabel previous, CoreLabel next) {
        return text.substring(previous.endPosition(), next.beginPosition()).indexOf('\n') < 0;
    }

    private static void add(List<NerSpan> spans, String text, CoreLabel first, CoreLabel last) {
        String surface = text.substring(first.beginPosition(), last.endPosition());
        if (!PRONOUNS.contains(surface.toLowerCase(Locale.ROOT))) {
            spans.add(new NerSpan(first.ner(), first.beginPosition(), last.endPosition(), surface));
        }
    }
}
