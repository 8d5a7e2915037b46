package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateStripperTests {

    private final BoilerplateStripper stripper = new BoilerplateStripper();

    private static String paragraphs(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    @Test
    void removesInterfacePrompts() {
        String text = paragraphs("The minister resigned on Monday.", "Click here to subscribe.",
                "Sign up for our newsletter to get updates.", "Share this article", "Read more:",
                "She had served for six years.", "Please let us know if you're having issues with commenting.",
                "Leave a Comment");
        assertThat(stripper.strip(text))
                .isEqualTo(paragraphs("The minister resigned on Monday.", "She had served for six years."));
    }

    @Test
    void removesWholeCaptionParagraphsWithTheirCredits() {
        String text = paragraphs("The leaders met on Tuesday.",
                "Russian President Vladimir Putin (C) arrives at the airport in Tehran on July 19, 2022. Iran's president"
                        + " will host the talks. (KONSTANTIN ZAVRAZHIN/SPUTNIK/AFP via Getty)",
                "Meeting of President Vladimir Putin with President of Iran Hassan Rouhani. (Source: Kremlin.ru CC BY 3.0,"
                        + " via Wikimedia Commons)",
                "Photo by SERGEI SAVOSTYANOV/SPUTNIK/AFP via Getty Images",
                "The talks lasted three hours.");
        assertThat(stripper.strip(text))
                .isEqualTo(paragraphs("The leaders met on Tuesday.", "The talks lasted three hours."));
    }

    @Test
    void keepsBodyTextThatMentionsRepublicansOrAgencies() {
        String text = paragraphs("Senator Jane Roe (R) said the bill would pass.",
                "Getty Images, the photo agency, reported higher profits (up 12%).");
        assertThat(stripper.strip(text)).isEqualTo(text);
    }

    @Test
    void removesATruncatedCaptionAtTheStartButKeepsAnUnpunctuatedSummary() {
        String body = "Russian President Vladimir Putin landed in Iran on Tuesday for talks in Tehran.";
        assertThat(stripper.strip(paragraphs(
                "Russian President Vladimir Putin and Iran's President Ebrahim Raisi hold a meeting in Tehr", body)))
                .isEqualTo(body);
        // BBC, business/071.txt: its summary line has no final period.
        String summary = "Japanese brewers are increasingly making money from beer-flavoured drinks rather than beer itself";
        assertThat(stripper.strip(paragraphs(summary, body))).isEqualTo(paragraphs(summary, body));
    }

    @Test
    void keepsSectionHeadings() {
        String text = paragraphs("Putin arrived on Tuesday.", "Anti-West Move", "Sanctions have hurt both.",
                "Iran’s Support to Russia", "Iran may supply drones.");
        assertThat(stripper.strip(text)).isEqualTo(text);
    }

    @Test
    void removesTrailingBiosDisclaimersAndCredits() {
        String text = paragraphs("The deal was signed on Tuesday.",
                "Analysts expect more concessions in the coming months.",
                "Nima Khorrami is a research associate at the OSCE Academy in Bishkek. The views expressed in this"
                        + " piece are his own.",
                "The Middle East Institute (MEI) is an independent, non-partisan, non-for-profit, educational"
                        + " organization. It does not engage in advocacy. For a listing of MEI donors, please click here.",
                "(Reporting by Jane Doe; Editing by John Roe)",
                "© 2022 Example News. All rights reserved.");
        assertThat(stripper.strip(text)).isEqualTo(paragraphs("The deal was signed on Tuesday.",
                "Analysts expect more concessions in the coming months."));
    }

    @Test
    void trailingRulesNeverCutTheBody() {
        String text = paragraphs("Jane Doe is a professor at Oxford and led the study.",
                "The findings were published on Monday.");
        assertThat(stripper.strip(text)).isEqualTo(text);
    }

    @Test
    void keepsBulletListsAsSeparateParagraphs() {
        // BBC, business/291.txt (excerpt): list items on consecutive lines.
        String text = "The companies were accused of:\n - manipulated nicotine levels to increase addiction \n"
                + " - targeted teenagers with multi-billion dollar advertising campaigns \n";
        assertThat(stripper.strip(text).split("\n\n")).hasSize(3);
    }
}
