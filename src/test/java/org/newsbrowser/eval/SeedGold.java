package org.newsbrowser.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsbrowser.article.ArticleContent;
import org.newsbrowser.ingest.ArticleFileReader;
import org.newsbrowser.ingest.UnreadableArticleException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's own gold for the five seed articles, {@code src/test/resources/eval/seeds-gold.json}. The text of
 * each document is what the app extracts from: the file read and cleaned by {@link ArticleFileReader}.
 */
public final class SeedGold {

    public static final String RESOURCE = "/eval/seeds-gold.json";

    private SeedGold() {
    }

    public static List<EvalDocument> load(Path seedDir) {
        ArticleFileReader reader = new ArticleFileReader();
        try (InputStream in = SeedGold.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<EvalDocument> docs = new ArrayList<>();
            for (JsonNode article : root.get("articles")) {
                String file = article.get("file").asString();
                ArticleContent content = reader.read(seedDir.resolve(file));
                Set<String> countries = new LinkedHashSet<>();
                article.get("countries").forEach(c -> countries.add(c.asString()));
                docs.add(new EvalDocument(file, content.text(), entities(article.get("people")),
                        entities(article.get("organizations")), countries, List.of(), true));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Set<String>> entities(JsonNode list) {
        List<Set<String>> out = new ArrayList<>();
        for (JsonNode entity : list) {
            Set<String> names = new LinkedHashSet<>();
            entity.forEach(n -> names.add(n.asString()));
            out.add(names);
        }
        return out;
    }
}
