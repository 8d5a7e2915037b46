package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityType;

class ArticleAnalyzerTests {

    private static final String TEXT = "Drone makers in Turkey sell Bayraktar drones to Ukraine.";

    @Test
    void mentionsOfEarlierExtractorsWinOverlapsAndTheResultIsInTextOrder() {
        EntityExtractor names = extractor("names",
                mention(EntityType.COUNTRY, "Ukraine"), mention(EntityType.COUNTRY, "Turkey"));
        EntityExtractor words = extractor("words", mention(EntityType.TOPIC, "drones to Ukraine"),
                mention(EntityType.TOPIC, "Drone makers"), mention(EntityType.TOPIC, "Turkey sell"),
                mention(EntityType.TOPIC, "sell"));

        assertThat(ArticleAnalyzer.merge(List.of(names, words), TEXT)).extracting(ExtractedMention::text)
                .containsExactly("Drone makers", "Turkey", "sell", "Ukraine");
    }

    @Test
    void adjacentMentionsDoNotOverlap() {
        EntityExtractor first = extractor("a", mention(EntityType.TOPIC, "Drone"));
        EntityExtractor second = extractor("b", mention(EntityType.TOPIC, " makers"));
        assertThat(ArticleAnalyzer.merge(List.of(first, second), TEXT)).hasSize(2);
    }

    private static ExtractedMention mention(EntityType type, String surface) {
        int begin = TEXT.indexOf(surface);
        return new ExtractedMention(type, begin, begin + surface.length(), surface, surface, "test");
    }

    private static EntityExtractor extractor(String name, ExtractedMention... mentions) {
        return new EntityExtractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<ExtractedMention> extract(String text) {
                return List.of(mentions);
            }
        };
    }
}
