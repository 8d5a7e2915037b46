package org.newsbrowser.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.newsbrowser.SeedCorpusTestSupport;

/**
 * The relationship page and API over the seeds, checked against the articles' own text and mentions: every
 * sentence shown is the article's text at its offsets and holds a mention of each entity, and every article naming
 * both is listed.
 */
class RelationTests extends SeedCorpusTestSupport {

    @Test
    void everySentenceShownNamesBothEntitiesAtItsOffsets() throws Exception {
        long putin = personId("Vladimir Putin");
        String uri = "/api/relations?a=person:" + putin + "&b=country:IR";
        List<Integer> articleIds = json(uri, "$.articles.content[*].id");
        int sentencesChecked = 0;
        for (int i = 0; i < articleIds.size(); i++) {
            int id = articleIds.get(i);
            String text = json("/api/articles/" + id, "$.text");
            List<Map<String, Object>> mentions = json("/api/articles/" + id, "$.mentions");
            List<Map<String, Object>> sentences = json(uri, "$.articles.content[" + i + "].sentences");
            for (Map<String, Object> sentence : sentences) {
                int begin = (Integer) sentence.get("begin");
                int end = (Integer) sentence.get("end");
                assertThat(text.substring(begin, end)).isEqualTo(sentence.get("text"));
                assertThat(mentions).as("a mention of Putin in " + sentence.get("text"))
                        .anyMatch(m -> within(m, begin, end) && Long.valueOf(putin).equals(entityId(m)));
                assertThat(mentions).as("a mention of Iran in " + sentence.get("text"))
                        .anyMatch(m -> within(m, begin, end) && "IR".equals(((Map<?, ?>) m.get("entity")).get("code")));
                assertThat((String) sentence.get("url")).startsWith("/articles/" + id + "#m");
                sentencesChecked++;
            }
        }
        assertThat(sentencesChecked).isPositive();
    }

    @Test
    void listsEveryArticleNamingBoth() throws Exception {
        long putin = personId("Vladimir Putin");
        Set<Integer> expected = new HashSet<>();
        for (int id : this.<List<Integer>>json("/api/articles?size=100", "$.content[*].id")) {
            List<Integer> people = json("/api/articles/" + id, "$.people[*].id");
            List<String> countries = json("/api/articles/" + id, "$.countries[*].code");
            if (people.contains((int) putin) && countries.contains("IR")) {
                expected.add(id);
            }
        }
        List<Integer> listed = json("/api/relations?a=person:" + putin + "&b=country:IR", "$.articles.content[*].id");
        assertThat(new HashSet<>(listed)).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void pageHighlightsBothAndLinksEachSentenceToAMentionInItsArticle() throws Exception {
        long putin = personId("Vladimir Putin");
        String page = mvc.perform(get("/relations").param("a", "person:" + putin).param("b", "country:ir"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("mention-person", "mention-country", "Sentences naming both");
        String link = page.replaceAll("(?s).*?href=\"(/articles/\\d+#m\\d+)\".*", "$1");
        String anchor = link.substring(link.indexOf('#') + 1);
        String article = mvc.perform(get(link.substring(0, link.indexOf('#'))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(article).contains("id=\"" + anchor + "\"");
    }

    @Test
    void entityPagesLinkTheirCoMentionsToTheRelationshipPage() throws Exception {
        String page = mvc.perform(get("/countries/IR")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("href=\"/relations\\?a=country:IR&amp;b=person:\\d+\"");
    }

    @Test
    void unknownEntitiesAre404AndMalformedKeys400WithAMessage() throws Exception {
        long putin = personId("Vladimir Putin");
        mvc.perform(get("/api/relations").param("a", "person:999999").param("b", "country:IR"))
                .andExpect(status().isNotFound()).andExpect(status().reason("No person 999999"));
        mvc.perform(get("/api/relations").param("a", "person:" + putin).param("b", "country:ZZ"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/relations").param("a", "topic:" + putin).param("b", "country:IR"))
                .andExpect(status().isNotFound());
        for (String bad : List.of("putin", "person:abc", "country:IRN", "planet:3", "person:", "")) {
            mvc.perform(get("/api/relations").param("a", bad).param("b", "country:IR"))
                    .andExpect(status().isBadRequest())
                    .andExpect(status().reason(Matchers.startsWith("a ")));
        }
        mvc.perform(get("/api/relations").param("a", "country:IR"))
                .andExpect(status().isBadRequest()).andExpect(status().reason(Matchers.containsString("b is required")));
        mvc.perform(get("/relations").param("a", "country:IR").param("b", "country:ir"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void errorsReachABrowserAndAScriptWithTheirMessage() throws Exception {
        assertThat(fetch("/api/relations?a=person:abc&b=country:IR", "application/json").body())
                .contains("\"status\":400", "a must name a person by number");
        assertThat(fetch("/relations?a=person:999999&b=country:IR", "text/html").statusCode()).isEqualTo(404);
    }

    private static boolean within(Map<String, Object> mention, int begin, int end) {
        return (Integer) mention.get("begin") >= begin && (Integer) mention.get("end") <= end;
    }

    private static Long entityId(Map<String, Object> mention) {
        Object id = ((Map<?, ?>) mention.get("entity")).get("id");
        return id == null ? null : ((Number) id).longValue();
    }
}
