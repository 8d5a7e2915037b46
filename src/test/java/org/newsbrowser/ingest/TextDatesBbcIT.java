package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates from text on the BBC corpus (articles of 2004 and 2005 whose files carry no date and no dateline, and
 * rarely a full date at all): an article dated from its text should get a date of those years, not one of the
 * history it recalls ("born on 20 February 1951", "since the 11 September 2001 attacks"), and few articles should
 * get a date outside them. Prints the figures, for the record.
 */
class TextDatesBbcIT {

    private static final Path BBC = Path.of("..", "shared", "corpora", "bbc");
    private static final Instant FROM = Instant.parse("2004-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2006-01-01T00:00:00Z");

    @Test
    void articlesDatedFromTheirTextGetTheirOwnYears() throws Exception {
        ArticleFileReader reader = new ArticleFileReader();
        TextDates dates = new TextDates();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BBC)) {
            files = walk.filter(f -> f.getFileName().toString().matches("\\d+\\.txt")).sorted().toList();
        }
        int plausible = 0;
        int implausible = 0;
        for (Path file : files) {
            Optional<TextDates.Found> found = dates.find(reader.read(file).text());
            if (found.isPresent()) {
                boolean inYears = !found.get().date().isBefore(FROM) && found.get().date().isBefore(TO);
                plausible += inYears ? 1 : 0;
                implausible += inYears ? 0 : 1;
                if (!inYears) {
                    System.out.println("BBC dated from text outside 2004-2005: " + BBC.relativize(file) + " "
                            + found.get().date());
                }
            }
        }
        System.out.printf("BBC dates from text: %d articles, %d dated in 2004-2005, %d dated otherwise, %d undated%n",
                files.size(), plausible, implausible, files.size() - plausible - implausible);
        assertThat(files).hasSizeGreaterThan(2000);
        // A wrong date misleads more than none: the first-full-date rule dated 35 of these articles outside their
        // years and 14 inside, the latest-full-date rule 24 outside and 14 inside; the rule now (a full date only
        // with its day of the week) dates none, so none wrongly.
        assertThat(implausible).as("articles dated outside their years").isZero();
    }
}
