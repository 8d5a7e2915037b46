package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsbrowser.article.ArticleContent;

/**
 * How far dates read from a story's text ({@link TextDates}) can be trusted. Reuters-21578 gives every story its
 * wire date, so the rule is run on the story text alone (title, dateline, body: what the app stores, without the
 * date) and compared with it: coverage (stories dated from text) and accuracy (within 7 days, within 31 days, off
 * by more than a year). The rules were developed on {@code reut2-000} to {@code reut2-010} ({@value #DEV_FILES}
 * files); the reported figure is {@code reut2-011} to {@code reut2-021}, never looked at while writing them. The BBC
 * corpus (2004-2005, no dates in its files) gives the share dated and the share of those inside 2004-2005.
 *
 * <p>Run with {@code ./mvnw -Peval verify -Dit.test=TextDateEvaluation}; prints the figures (docs/EVALUATION.md
 * keeps them by hand). Not a default test: its name matches no test pattern.
 */
class TextDateEvaluation {

    static final int DEV_FILES = 11;
    private static final Path CORPORA = Path.of("..", "shared", "corpora");
    private static final Instant BBC_FROM = Instant.parse("2004-01-01T00:00:00Z");
    private static final Instant BBC_TO = Instant.parse("2006-01-01T00:00:00Z");

    private final TextDates dates = new TextDates();
    private final ArticleFileReader reader = new ArticleFileReader();

    /** The figures of one set of stories with a true date. */
    private static final class Tally {
        int stories;
        int dated;
        int within7;
        int within31;
        int offByYear;
        final List<String> worst = new ArrayList<>();

        void add(String source, Instant truth, Optional<TextDates.Found> found) {
            stories++;
            if (found.isEmpty()) {
                return;
            }
            dated++;
            long days = Math.abs(Duration.between(truth, found.get().date()).toDays());
            within7 += days <= 7 ? 1 : 0;
            within31 += days <= 31 ? 1 : 0;
            offByYear += days > 366 ? 1 : 0;
            if (days > 31 && worst.size() < 15) {
                worst.add(source + " " + found.get().source() + " " + found.get().date() + " (true " + truth + ")");
            }
        }

        String report(String name) {
            return String.format("%s: %d stories, %d dated from text (%.1f%%); of those %.1f%% within 7 days, %.1f%%"
                            + " within 31 days, %.1f%% off by more than a year (%d)", name, stories, dated,
                    pct(dated, stories), pct(within7, dated), pct(within31, dated), pct(offByYear, dated), offByYear);
        }
    }

    @Test
    void datesFromTextAgainstTheTrueDates() throws IOException {
        Tally development = new Tally();
        Tally test = new Tally();
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPORA.resolve("reuters21578"))) {
            files = list.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Tally tally = i < DEV_FILES ? development : test;
            Path file = files.get(i);
            try (Stream<SourceEntry> entries = new ReutersSgmlSource(file, file.getFileName().toString(), reader)
                    .entries()) {
                for (SourceEntry entry : (Iterable<SourceEntry>) entries::iterator) {
                    readable(entry).filter(content -> content.publishedAt() != null).ifPresent(content ->
                            tally.add(entry.source(), content.publishedAt(), dates.find(content.text())));
                }
            }
        }
        System.out.println(development.report("Reuters-21578 reut2-000..010 (development)"));
        development.worst.forEach(line -> System.out.println("  dev, off by over 31 days: " + line));
        System.out.println(test.report("Reuters-21578 reut2-011..021 (test)"));
        System.out.println(bbc());
        assertThat(test.stories).isGreaterThan(5000);
    }

    private String bbc() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPORA.resolve("bbc"))) {
            files = walk.filter(f -> f.getFileName().toString().matches("\\d+\\.txt")).sorted().toList();
        }
        int dated = 0;
        int inYears = 0;
        for (Path file : files) {
            Optional<TextDates.Found> found = readable(file).flatMap(content -> dates.find(content.text()));
            if (found.isPresent()) {
                dated++;
                boolean inside = !found.get().date().isBefore(BBC_FROM) && found.get().date().isBefore(BBC_TO);
                inYears += inside ? 1 : 0;
                if (!inside) {
                    System.out.println("  BBC dated outside 2004-2005: " + file.getParent().getFileName() + "/"
                            + file.getFileName() + " " + found.get().date());
                }
            }
        }
        return String.format("BBC: %d articles, %d dated from text (%.1f%%); of those %d inside 2004-2005 (%.1f%%)",
                files.size(), dated, pct(dated, files.size()), inYears, pct(inYears, dated));
    }

    private Optional<ArticleContent> readable(SourceEntry entry) {
        try {
            return Optional.of(entry.read());
        } catch (UnreadableArticleException e) {
            return Optional.empty();
        }
    }

    private Optional<ArticleContent> readable(Path file) {
        try {
            return Optional.of(reader.read(file));
        } catch (UnreadableArticleException e) {
            return Optional.empty();
        }
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
