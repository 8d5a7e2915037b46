package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLayoutTests {

    @Test
    void onlyTheHeadlineCaseLinesTheTextStartsWithAreHeadlines() {
        String text = """
                PRESS DIGEST - Ruritania

                Grey Ruritanian Papers
                BELGRAVIA 1996-08-22
                These are the leading stories in the Belgravia press on Thursday.
                DAILY COURIER
                - The government plans new taxes.
                """;
        ArticleLayout layout = new ArticleLayout(text);
        assertThat(layout.inHeadline(text.indexOf("PRESS"))).isTrue();
        assertThat(layout.inHeadline(text.indexOf("Grey Ruritanian"))).isTrue();
        // the dateline ends the title block; a heading further down names a real paper
        assertThat(layout.inHeadline(text.indexOf("BELGRAVIA"))).isFalse();
        assertThat(layout.inHeadline(text.indexOf("DAILY COURIER"))).isFalse();
        assertThat(layout.occursInBody("Daily Courier")).isTrue();
        assertThat(layout.occursInBody("Grey Ruritanian Papers")).isFalse();
    }
}
