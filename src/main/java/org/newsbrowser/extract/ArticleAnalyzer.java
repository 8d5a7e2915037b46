package org.newsbrowser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link EntityExtractor} over an article and merges their mentions into one non-overlapping list.
 * Where two mentions overlap the one from the extractor declared first wins, so named entities beat topic words.
 * The extractors are created on first use: loading the NER model must not delay the web server's start.
 */
@Component
public class ArticleAnalyzer {

    private final ObjectProvider<EntityExtractor> extractors;

    ArticleAnalyzer(ObjectProvider<EntityExtractor> extractors) {
        this.extractors = extractors;
    }

    public List<ExtractedMention> analyze(String text) {
        return merge(extractors.orderedStream().toList(), text);
    }

    /**
     * Runs the extractors in the order given and merges their mentions: a mention overlapping one already accepted
     * is dropped. The app's merge, also used by the evaluation harness to run the same composition.
     */
    public static List<ExtractedMention> merge(List<? extends EntityExtractor> ordered, String text) {
        // Accepted mentions never overlap, so only the neighbours by position can overlap a new one.
        TreeMap<Integer, ExtractedMention> accepted = new TreeMap<>();
        for (EntityExtractor extractor : ordered) {
            for (ExtractedMention mention : extractor.extract(text)) {
                Map.Entry<Integer, ExtractedMention> before = accepted.floorEntry(mention.begin());
                Map.Entry<Integer, ExtractedMention> after = accepted.ceilingEntry(mention.begin());
                if ((before == null || !overlap(mention, before.getValue()))
                        && (after == null || !overlap(mention, after.getValue()))) {
                    accepted.put(mention.begin(), mention);
                }
            }
        }
        return new ArrayList<>(accepted.values());
    }

    private static boolean overlap(ExtractedMention a, ExtractedMention b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }
}
