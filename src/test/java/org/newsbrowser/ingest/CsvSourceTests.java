package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrowser.article.ArticleContent;

/** Reading CSV files: a header naming the columns, AG News' headerless rows, and rows that are broken. */
class CsvSourceTests {

    @TempDir
    Path dir;

    private List<SourceEntry> entries(String name, String csv) {
        return SourceTesting.entries(new CsvSource(SourceTesting.write(dir, name, csv), name, new ArticleFileReader()));
    }

    @Test
    void headerNamesTheColumnsInAnyOrderAndQuotedCellsHoldCommasQuotesAndLineBreaks() throws Exception {
        List<SourceEntry> entries = entries("news.csv", """
                id,Date,Headline,Body,Outlet
                1,2004-08-12,"Rates Rise, Again","The bank raised rates on Thursday, its ""third"" rise.

                Analysts had expected it.",Daily Planet
                2,,Market Calm,Shares were flat on Friday as traders waited for the data.,
                """);

        assertThat(entries).extracting(SourceEntry::source).containsExactly("news.csv#line=2", "news.csv#line=5");
        ArticleContent first = entries.get(0).read();
        assertThat(first.title()).isEqualTo("Rates Rise, Again");
        assertThat(first.text()).isEqualTo("The bank raised rates on Thursday, its \"third\" rise.\n\n"
                + "Analysts had expected it.");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2004-08-12T00:00:00Z"));
        assertThat(entries.get(1).read().publishedAt()).isNull();
    }

    @Test
    void agNewsRowsWithoutHeaderAreRepairedAndTheirOutletTakenFromTheTitle() throws Exception {
        List<SourceEntry> entries = entries("test.csv", """
                "3","Oil Prices Climb Again (Reuters)","Reuters - Oil prices rose on Monday as traders\\worried \
                about supply, pushing crude past #36;45 a barrel, the company#39;s analysts said."
                "2","Team Wins Title","The team won its first title in ten years."
                "2","Johnson  amp; Johnson in quot;talks quot;","Johnson  amp; Johnson said quot;no camp; aliquot;quot; today."
                """);

        assertThat(entries).extracting(SourceEntry::source)
                .containsExactly("test.csv#line=1", "test.csv#line=2", "test.csv#line=3");
        ArticleContent oil = entries.get(0).read();
        assertThat(oil.title()).isEqualTo("Oil Prices Climb Again");
        assertThat(oil.text()).contains("traders worried about supply").contains("$45 a barrel")
                .contains("company's analysts");
        ArticleContent quoted = entries.get(2).read();
        assertThat(quoted.title()).isEqualTo("Johnson & Johnson in \"talks \"");
        assertThat(quoted.text()).contains("Johnson & Johnson said \"no camp; aliquot;\" today.");
    }

    @Test
    void csvWithoutATextColumnIsRefusedAsAWhole() {
        List<SourceEntry> entries = entries("people.csv", "name,age\nAda,36\n");

        assertThat(entries).singleElement().extracting(SourceEntry::source).isEqualTo("people.csv");
        assertThatThrownBy(() -> entries.get(0).read()).hasMessageStartingWith("CSV file without a header naming");
    }

    @Test
    void aRowWithTooFewCellsOrAnUnclosedQuoteIsRefusedAloneAndTheOthersAreRead() throws Exception {
        List<SourceEntry> entries = entries("mixed.csv", """
                title,text
                Good One,The council approved the budget on Tuesday.
                Short Row
                Last,"The quote never closes
                """);

        assertThat(entries.get(0).read().title()).isEqualTo("Good One");
        assertThatThrownBy(() -> entries.get(1).read()).hasMessage("malformed CSV row: 1 cells, the text is in column 2");
        assertThat(entries.get(2).source()).isEqualTo("mixed.csv#line=4");
        assertThatThrownBy(() -> entries.get(2).read())
                .hasMessage("malformed CSV row: unclosed quote: the file ends inside a quoted cell");
    }
}
