package org.newsbrowser.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.newsbrowser.article.ArticleContent;

/**
 * Writes a corpus of ARTICLES articles (default 100,000) made from the shared corpora, for benchmarks at scale.
 * Run by {@code bench/generate-corpus.sh OUT_DIR [ARTICLES]}; the same arguments always give the same files.
 *
 * <p>It is a derived corpus, not a real one. First come every real article of BBC, Reuters-21578 (stories with
 * a body) and AG News, as the app reads them, repeated texts left out (about 29,000; ids name their origin,
 * {@code bbc/business/001.txt}). The rest are recombinations, each with a new id ({@code derived-000001}): the
 * title, date and first half of the paragraphs of one real article (taken in turn) followed by the second half of
 * the paragraphs of another article of the same corpus (drawn with a fixed seed); a one-paragraph article (all of
 * AG News) contributes its whole text. Every text is distinct. Each line records what it was derived from
 * ({@code derived_from}). Entities, dates and topics therefore follow the real distribution, but a derived
 * article's second half tells another story than its first.
 *
 * <p>Output: JSON Lines files of 10,000 articles each ({@code corpus-00.jsonl}, ...), the format the app's
 * {@code ingest} command and corpus folder read.
 */
public final class CorpusGenerator {

    private static final int PER_FILE = 10_000;

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path corpora = Path.of(args.length > 2 ? args[2] : "../shared/corpora");

        Map<String, List<SharedCorpora.Story>> byCorpus = SharedCorpora.load(corpora);
        List<SharedCorpora.Story> real = byCorpus.values().stream().flatMap(List::stream).toList();
        List<SharedCorpora.Story> corpus = new ArrayList<>(real.subList(0, Math.min(total, real.size())));
        Set<String> texts = new HashSet<>();
        corpus.forEach(story -> texts.add(story.content().text()));
        Random random = new Random(100_000);
        for (int k = 0; corpus.size() < total; k++) {
            SharedCorpora.Story first = real.get(k % real.size());
            List<SharedCorpora.Story> sameCorpus = byCorpus.get(first.corpus());
            SharedCorpora.Story derived;
            do {
                SharedCorpora.Story second = sameCorpus.get(random.nextInt(sameCorpus.size()));
                derived = combine(first, second, corpus.size() - real.size() + 1);
            } while (!texts.add(derived.content().text()));
            corpus.add(derived);
        }
        for (int start = 0, part = 0; start < corpus.size(); start += PER_FILE, part++) {
            SharedCorpora.writeJsonLines(corpus.subList(start, Math.min(start + PER_FILE, corpus.size())),
                    out.resolve(String.format(Locale.ROOT, "corpus-%02d.jsonl", part)));
        }
        System.out.printf(Locale.ROOT, "Wrote %,d articles (%,d real, %,d derived) to %s%n", corpus.size(),
                Math.min(total, real.size()), Math.max(0, total - real.size()), out);
    }

    /** The first half of {@code first}'s paragraphs, then the second half of {@code second}'s. */
    private static SharedCorpora.Story combine(SharedCorpora.Story first, SharedCorpora.Story second, int number) {
        List<String> a = List.of(first.content().text().split("\n\n"));
        List<String> b = List.of(second.content().text().split("\n\n"));
        List<String> paragraphs = new ArrayList<>(a.subList(0, (a.size() + 1) / 2));
        paragraphs.addAll(b.subList(b.size() / 2, b.size()));
        ArticleContent content = first.content();
        String text = String.join("\n\n", paragraphs);
        return new SharedCorpora.Story(first.corpus(), String.format(Locale.ROOT, "derived-%06d", number),
                new ArticleContent(content.title(), text, text, content.lead(), null, content.publishedAt(), null),
                List.of(first.id(), second.id()));
    }
}
