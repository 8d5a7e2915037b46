package org.newsbrowser.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.parser.Parser;

/**
 * Builds {@code src/main/resources/topics/background-df.tsv}, the document frequencies {@link TopicExtractor} weighs
 * terms by, from the shared news corpora: the BBC articles, the Reuters-21578 story bodies and the AG News items
 * (see {@code ../shared/corpora/README.md}). Exact duplicate documents are counted once.
 *
 * <p>The table holds derived counts only: one line per term key ({@link TopicTerms}), one- and two-word, with the
 * number of documents using it, of those the number using it right after a determiner ("the", "its", ...), and the
 * number using it right before punctuation, the number of article-length documents using it and of those the
 * number using it more than once, and the number using it as an occasion ({@link TopicTerms#occasionUse}: "his
 * visit", "talks with Ankara"), for terms used by at least {@value #MIN_DOCUMENTS} documents. The determiner and punctuation counts tell nouns, which can be subjects, from
 * verbs and adjectives ("arrived", "strategic"), which can't. The repeat count tells subjects from passing words:
 * an article that mentions oil or drones at all tends to come back to them, while "trip", "step" or "stated" come
 * up once wherever they come up (Church's adaptation, "Empirical estimates of adaptation", COLING 2000). A comment
 * line on top names the corpora, the document count and the date. Re-run it after changing {@link TopicTerms},
 * from the project root:
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=org.newsbrowser.extract.TopicBackgroundBuilder \
 *     -Dexec.args="../shared/corpora src/main/resources/topics/background-df.tsv"
 * </pre>
 */
public final class TopicBackgroundBuilder {

    /** Rarer terms are left out: they add size, and the extractor treats a missing term as this rare anyway. */
    static final int MIN_DOCUMENTS = 3;
    /**
     * Repeats are counted in documents of at least this many words only: a 40-word AG News item has no room to
     * come back to its subject, so counting it would make every word look like a passing one.
     */
    static final int MIN_ARTICLE_WORDS = 150;

    private static final Pattern REUTERS_BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern REUTERS_CONTROL = Pattern.compile("&#\\d+;");
    private static final Pattern CSV_FIELD = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Integer> determinedFrequency = new HashMap<>();
    private final Map<String, Integer> phraseEndFrequency = new HashMap<>();
    private final Map<String, Integer> longFrequency = new HashMap<>();
    private final Map<String, Integer> repeatedFrequency = new HashMap<>();
    private final Map<String, Integer> occasionFrequency = new HashMap<>();
    private final Set<String> seenTexts = new HashSet<>();
    private int documents;
    private int articleLengthDocuments;

    private TopicBackgroundBuilder() {
    }

    /**
     * Builds the table.
     *
     * @param args the corpora folder (holding {@code bbc/}, {@code reuters21578/}, {@code agnews/}) and the output file
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TopicBackgroundBuilder <corpora folder> <output tsv>");
        }
        Path corpora = Path.of(args[0]);
        TopicBackgroundBuilder builder = new TopicBackgroundBuilder();
        readBbc(corpora.resolve("bbc"), builder::count);
        readReuters(corpora.resolve("reuters21578"), builder::count);
        readAgNews(corpora.resolve("agnews/test.csv"), builder::count);
        builder.write(Path.of(args[1]));
    }

    private void count(String text) {
        if (!seenTexts.add(text.strip())) {
            return;
        }
        DocumentTerms terms = new DocumentTerms();
        List<TopicTerms.Word> words = TopicTerms.words(text);
        for (int i = 0; i < words.size(); i++) {
            TopicTerms.Word word = words.get(i);
            if (!word.eligible()) {
                continue;
            }
            boolean determined = i > 0 && TopicTerms.afterDeterminer(text, words.get(i - 1), word);
            terms.add(word.key(), determined, TopicTerms.beforePunctuation(text, word.end()),
                    TopicTerms.occasionUse(text, words, i, i));
            if (i + 1 < words.size() && words.get(i + 1).eligible()
                    && TopicTerms.adjacent(text, word, words.get(i + 1))) {
                TopicTerms.Word next = words.get(i + 1);
                terms.add(TopicTerms.bigramKey(word, next), determined,
                        TopicTerms.beforePunctuation(text, next.end()), TopicTerms.occasionUse(text, words, i, i + 1));
            }
        }
        if (!terms.uses.isEmpty()) {
            documents++;
            boolean articleLength = words.size() >= MIN_ARTICLE_WORDS;
            articleLengthDocuments += articleLength ? 1 : 0;
            terms.uses.forEach((term, uses) -> {
                documentFrequency.merge(term, 1, Integer::sum);
                if (articleLength) {
                    longFrequency.merge(term, 1, Integer::sum);
                    if (uses >= 2) {
                        repeatedFrequency.merge(term, 1, Integer::sum);
                    }
                }
            });
            terms.determined.forEach(term -> determinedFrequency.merge(term, 1, Integer::sum));
            terms.beforePunctuation.forEach(term -> phraseEndFrequency.merge(term, 1, Integer::sum));
            terms.occasion.forEach(term -> occasionFrequency.merge(term, 1, Integer::sum));
        }
    }

    /** The distinct terms of one document, and how it uses them. */
    private static final class DocumentTerms {

        private final Map<String, Integer> uses = new HashMap<>();
        private final Set<String> determined = new HashSet<>();
        private final Set<String> beforePunctuation = new HashSet<>();
        private final Set<String> occasion = new HashSet<>();

        void add(String key, boolean afterDeterminer, boolean endsPhrase, boolean occasionUse) {
            uses.merge(key, 1, Integer::sum);
            if (afterDeterminer) {
                determined.add(key);
            }
            if (endsPhrase) {
                beforePunctuation.add(key);
            }
            if (occasionUse) {
                occasion.add(key);
            }
        }
    }

    private void write(Path output) throws IOException {
        Map<String, Integer> kept = new TreeMap<>();
        documentFrequency.forEach((term, df) -> {
            if (df >= MIN_DOCUMENTS) {
                kept.put(term, df);
            }
        });
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("# term<TAB>documents using it<TAB>of those, after a determiner<TAB>of those, before punctuation"
                    + "<TAB>documents of " + MIN_ARTICLE_WORDS + "+ words using it<TAB>of those, more than once"
                    + "<TAB>documents using it as an occasion (after his/her, or before to/with/in/between/of + Name);"
                    + " corpora: BBC News 2004-2005, Reuters-21578 bodies, AG News test;"
                    + " " + TopicBackground.DOCUMENTS_FIELD + documents
                    + "; " + TopicBackground.LONG_DOCUMENTS_FIELD + articleLengthDocuments + "; min df " + MIN_DOCUMENTS
                    + "; built " + LocalDate.now() + " by " + TopicBackgroundBuilder.class.getName() + "\n");
            for (Map.Entry<String, Integer> entry : kept.entrySet()) {
                String term = entry.getKey();
                out.write(term + "\t" + entry.getValue() + "\t" + determinedFrequency.getOrDefault(term, 0)
                        + "\t" + phraseEndFrequency.getOrDefault(term, 0)
                        + "\t" + longFrequency.getOrDefault(term, 0)
                        + "\t" + repeatedFrequency.getOrDefault(term, 0)
                        + "\t" + occasionFrequency.getOrDefault(term, 0) + "\n");
            }
        }
        System.out.printf("%d documents, %d terms -> %s%n", documents, kept.size(), output);
    }

    /** BBC: one article per file; a few files hold HTML entities and one is Latin-1 rather than UTF-8. */
    private static void readBbc(Path folder, Consumer<String> sink) throws IOException {
        for (Path file : sorted(folder, ".txt")) {
            sink.accept(Parser.unescapeEntities(decode(Files.readAllBytes(file)), false));
        }
    }

    /** Reuters-21578: story bodies only, with SGML entities and control-character entities resolved or dropped. */
    private static void readReuters(Path folder, Consumer<String> sink) throws IOException {
        for (Path file : sorted(folder, ".sgm")) {
            Matcher body = REUTERS_BODY.matcher(decode(Files.readAllBytes(file)));
            while (body.find()) {
                String text = REUTERS_CONTROL.matcher(body.group(1)).replaceAll(" ");
                sink.accept(Parser.unescapeEntities(text, false));
            }
        }
    }

    /** AG News: title and description; "#39;" and "#36;" lost their ampersand and a backslash marks a line break. */
    private static void readAgNews(Path csv, Consumer<String> sink) throws IOException {
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            List<String> fields = new ArrayList<>();
            Matcher field = CSV_FIELD.matcher(line);
            while (field.find()) {
                fields.add(field.group(1).replace("\"\"", "\""));
            }
            if (fields.size() == 3) {
                String text = fields.get(1) + ".\n" + fields.get(2);
                sink.accept(Parser.unescapeEntities(text.replace("#39;", "&#39;").replace("#36;", "&#36;"), false)
                        .replace('\\', '\n'));
            }
        }
    }

    private static List<Path> sorted(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
