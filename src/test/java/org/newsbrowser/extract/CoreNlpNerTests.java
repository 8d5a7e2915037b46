package org.newsbrowser.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpNerTests {

    private static CoreNlpNer ner;

    @BeforeAll
    static void load() {
        ner = new CoreNlpNer();
    }

    @Test
    void mergesTokensIntoSpansWithOffsetsAndDropsNothingButPronouns() {
        String text = "Russian President Vladimir Putin met Recep Tayyip Erdogan in Tehran.\nHe said so.";
        List<NerSpan> spans = ner.tag(text);
        assertThat(spans).extracting(NerSpan::text).contains("Vladimir Putin", "Tehran")
                .doesNotContain("He");
        spans.forEach(s -> assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void concurrentTaggingGivesTheSameSpansAsSequential() throws Exception {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            texts = files.sorted().map(CoreNlpNerTests::read).toList();
        }
        List<List<NerSpan>> sequential = texts.stream().map(ner::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<NerSpan>>> futures = Stream.concat(texts.stream(), texts.stream())
                    .map(t -> pool.submit(() -> ner.tag(t))).toList();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
