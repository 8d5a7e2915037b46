package org.newsbrowser.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;
import org.newsbrowser.entity.AppearanceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Quotes stored at ingest of the seeds, checked against the articles and shown on article and person pages. */
class SeedQuotesTests extends SeedCorpusTestSupport {

    @Autowired
    QuoteRepository quotes;

    @Autowired
    AppearanceRepository appearances;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyQuoteIsTheArticleTextAtItsOffsetsAndItsSpeakerIsNamedInTheArticle() {
        transaction.executeWithoutResult(status -> {
            List<Quote> all = quotes.findAll();
            assertThat(all).isNotEmpty();
            for (Quote quote : all) {
                String body = quote.getArticle().getBody();
                assertThat(body.substring(quote.getBegin(), quote.getEnd())).isEqualTo(quote.getText());
                assertThat(appearances.findById(new org.newsbrowser.entity.Appearance.Key(
                        quote.getArticle().getId(), quote.getPerson().getId()))).isPresent();
            }
        });
    }

    @Test
    void articlePageLabelsEachQuoteWithItsSpeakerAndPersonPageListsThem() throws Exception {
        Quote quote = transaction.execute(status -> {
            Quote first = quotes.findAll().get(0);
            first.getPerson().getName();
            first.getArticle().getId();
            return first;
        });
        String article = page("/articles/" + quote.getArticle().getId());
        assertThat(article).contains("id=\"q" + quote.getId() + "\"", "class=\"quoted\"", "Who said what")
                .contains("href=\"" + quote.getPerson().getPath() + "\" title=\"Quoted");
        String person = page(quote.getPerson().getPath());
        assertThat(person).contains("Quotes (", "href=\"/articles/" + quote.getArticle().getId() + "#q" + quote.getId() + "\"");
    }

    private String page(String uri) throws Exception {
        return mvc.perform(get(uri)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
