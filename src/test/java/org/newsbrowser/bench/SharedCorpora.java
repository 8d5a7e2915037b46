package org.newsbrowser.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.ingest.ArticleFileReader;
import org.newsbrowser.ingest.ArticleSources;
import org.newsbrowser.ingest.SourceEntry;
import org.newsbrowser.ingest.UnreadableArticleException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real articles of {@code ../shared/corpora} (BBC, Reuters-21578, AG News) as the app reads them, and writing
 * articles as JSON Lines. Articles that cannot be read (a Reuters brief) and repeated texts are left out, so every
 * article written is one the app ingests.
 */
final class SharedCorpora {

    /**
     * One article, with the name it had in its corpus, or for a derived article a new name and the articles it
     * was made from.
     */
    record Story(String corpus, String id, ArticleContent content, List<String> derivedFrom) {

        Story(String corpus, String id, ArticleContent content) {
            this(corpus, id, content, List.of());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SharedCorpora() {
    }

    /** Every readable, distinct article of the three corpora, by corpus ("bbc", "reuters", "agnews"), in order. */
    static Map<String, List<Story>> load(Path corpora) throws IOException {
        ArticleSources sources = new ArticleSources(new ArticleFileReader());
        Set<String> seen = new HashSet<>();
        Map<String, List<Story>> stories = new LinkedHashMap<>();
        stories.put("bbc", read("bbc", sources.open(corpora.resolve("bbc")).entries()
                .filter(entry -> entry.source().contains("/")), seen));
        List<Path> sgml;
        try (Stream<Path> files = Files.list(corpora.resolve("reuters21578"))) {
            sgml = files.filter(f -> f.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        stories.put("reuters", read("reuters", sgml.stream().flatMap(file -> entries(sources, file)), seen));
        stories.put("agnews", read("agnews", sources.open(corpora.resolve("agnews").resolve("test.csv")).entries(),
                seen));
        return stories;
    }

    private static Stream<SourceEntry> entries(ArticleSources sources, Path file) {
        try {
            return sources.open(file).entries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Story> read(String corpus, Stream<SourceEntry> entries, Set<String> seen) {
        List<Story> stories = new ArrayList<>();
        try (entries) {
            entries.forEach(entry -> {
                try {
                    ArticleContent content = entry.read();
                    if (seen.add(content.text())) {
                        stories.add(new Story(corpus, corpus + "/" + entry.source(), content));
                    }
                } catch (UnreadableArticleException e) {
                    // Not an article the app would ingest (a headline-only brief): not part of the corpus.
                }
            });
        }
        return stories;
    }

    /**
     * Writes one JSON object per article: id, title, text, date (when known), source (the corpus) and, for a
     * derived article, derived_from.
     */
    static void writeJsonLines(List<Story> stories, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Story story : stories) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", story.id());
                json.put("title", story.content().title());
                json.put("text", story.content().text());
                if (story.content().publishedAt() != null) {
                    json.put("date", story.content().publishedAt().toString());
                }
                json.put("source", story.corpus());
                if (!story.derivedFrom().isEmpty()) {
                    json.put("derived_from", story.derivedFrom());
                }
                out.write(JSON.writeValueAsString(json));
                out.write('\n');
            }
        }
    }
}
