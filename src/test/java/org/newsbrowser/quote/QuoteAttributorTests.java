package org.newsbrowser.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.quote.QuoteAttributor.AttributedQuote;

/**
 * Quote attribution on invented sentences. People are marked in the text as {@code [Name|Full Name]} (or
 * {@code [Name]}), the way the tagger would hand them over; the marks are removed before attribution.
 */
class QuoteAttributorTests {

    private static final Pattern PERSON = Pattern.compile("\\[([^|\\]]+)(?:\\|([^\\]]+))?]");

    private final QuoteAttributor attributor = new QuoteAttributor();

    @Test
    void saidAfterTheQuoteThenTheName() {
        assertThat(attribute("\"We will not back down from this,\" said [Yuri Ushakov].")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Yuri Ushakov");
                    assertThat(q.text()).isEqualTo("We will not back down from this,");
                    assertThat(q.cue()).isEqualTo("said");
                });
    }

    @Test
    void surnameThenSaidAfterTheQuote() {
        assertThat(speakers("[Yuri Ushakov] arrived. \"We will not back down from this,\" [Ushakov|Yuri Ushakov] said."))
                .containsExactly("Yuri Ushakov");
    }

    @Test
    void titleAndPossessiveBeforeTheSpeaker() {
        List<AttributedQuote> quotes = attribute("“The contact with [Khamenei|Ali Khamenei] is very important,”"
                + " [Putin|Vladimir Putin]’s foreign policy adviser [Yuri Ushakov] said of the visit.");
        assertThat(quotes).extracting(AttributedQuote::speaker).containsExactly("Yuri Ushakov");
        assertThat(quotes.get(0).text()).startsWith("The contact with Khamenei");
    }

    @Test
    void saidThenTitleThenName() {
        assertThat(speakers("\"The talks went well and will go on,\" said Kremlin spokesman [Dmitry Peskov]."))
                .containsExactly("Dmitry Peskov");
    }

    @Test
    void surnameTheTaggerMissedStillNamesTheSpeaker() {
        assertThat(speakers("[Dmitry Peskov] spoke in Moscow.\n\n\"The talks went well and will go on,\" Peskov said."))
                .containsExactly("Dmitry Peskov");
    }

    @Test
    void cueBeforeTheQuote() {
        assertThat(speakers("During the meeting with [Ebrahim Raisi], [Putin|Vladimir Putin] said, “I am extremely"
                + " happy to be here.”")).containsExactly("Vladimir Putin");
        assertThat(speakers("[Peskov|Dmitry Peskov] told reporters: \"There is no deal on the table yet.\""))
                .containsExactly("Dmitry Peskov");
    }

    @Test
    void dashAndVerbAfterTheQuote() {
        assertThat(speakers("“NATO is a risky organization for everyone”—told [Khamenei|Ali Khamenei]."))
                .containsExactly("Ali Khamenei");
    }

    @Test
    void pronounStandsForThePersonNamedLast() {
        assertThat(speakers("His spokesman, [Dmitry Peskov], spoke to a broadcaster.\n\n"
                + "“Many of today’s countries did not exist at that time,” he said.")).containsExactly("Dmitry Peskov");
    }

    @Test
    void pronounStandsForTheSubjectOfTheSentenceBefore() {
        assertThat(speakers("[Putin|Vladimir Putin] congratulated [Erdogan|Recep Tayyip Erdogan] on his efforts."
                + " “We have advanced thanks to your help,” he remarked.")).containsExactly("Vladimir Putin");
    }

    @Test
    void cueBeforeTheQuoteAfterATimeAndPlace() {
        assertThat(attribute("[Erdogan|Recep Tayyip Erdogan] said on Monday, following a cabinet meeting: “I would"
                + " want to remind you once more.”")).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("I would want"));
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuote() {
        List<AttributedQuote> quotes = attribute("\"The first part of the statement is here.\n\n"
                + "\"And the second part goes on for a while,\" [Peskov|Dmitry Peskov] said.");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
            assertThat(q.text()).startsWith("The first part").contains("\n\n\"And the second").endsWith("a while,");
        });
    }

    @Test
    void secondQuoteOfAParagraphContinuesItsSpeaker() {
        assertThat(speakers("\"This is the first thing I say,\" [Peskov|Dmitry Peskov] said. \"And this is the second"
                + " thing I say.\"")).containsExactly("Dmitry Peskov", "Dmitry Peskov");
    }

    @Test
    void reportedSpeechWithAndWithoutThat() {
        List<AttributedQuote> quotes = attribute("[Peskov|Dmitry Peskov] said that the sanctions had been in place"
                + " for a long time. Before the trip, [Dmitry Peskov] stated that Russia would pay the price."
                + " [Peskov|Dmitry Peskov] said Iran and Russia could soon sign a treaty.");
        assertThat(quotes).extracting(AttributedQuote::text).containsExactly(
                "the sanctions had been in place for a long time", "Russia would pay the price",
                "Iran and Russia could soon sign a treaty");
        assertThat(quotes).extracting(AttributedQuote::cue).containsExactly("said that", "stated that", "said");
    }

    @Test
    void toldSomeoneThatWithAPartialQuote() {
        assertThat(attribute("Commander [Kiumars Heydari] told a student group on Tuesday that Iran is “ready to"
                + " export military equipment and weapons.”")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Kiumars Heydari");
                    assertThat(q.text()).startsWith("Iran is “ready");
                });
    }

    @Test
    void accordingToAPerson() {
        assertThat(attribute("According to [Dmitry Peskov], the two leaders will meet again in the autumn."))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
                    assertThat(q.text()).isEqualTo("the two leaders will meet again in the autumn");
                    assertThat(q.cue()).isEqualTo("according to");
                });
        assertThat(speakers("The two leaders will meet again in the autumn, according to Kremlin aide [Yuri Ushakov]."))
                .containsExactly("Yuri Ushakov");
    }

    @Test
    void titleAfterTheNameBeforeTheCue() {
        assertThat(speakers("[Paul Boateng] MP, the chief secretary to the treasury, said: \"The sums do not add up"
                + " at all.\"")).containsExactly("Paul Boateng");
    }

    @Test
    void aCueIntroducingTheQuoteWithoutANamedPersonLeavesItUnattributed() {
        List<AttributedQuote> quotes = attribute("The archbishop said: \"I am pleased that they have decided this.\""
                + " [Tony Blair] said he was delighted for the couple.\n\nMs Whitefield said: \"Quote one goes here"
                + " now.\" [John Hannett] added: \"Quote two goes here now.\"");
        assertThat(quotes).extracting(AttributedQuote::text).containsExactly(
                "he was delighted for the couple", "Quote two goes here now.");
    }

    @Test
    void quoteOpeningTheSentenceAfterReportedSpeechContinuesItsSpeaker() {
        assertThat(attribute("But [Dr Tamimi|Azzam Tamimi] said the aim was not to win seats at all. \"We know the"
                + " next government will be Labour.\"")).extracting(AttributedQuote::speaker)
                .containsExactly("Azzam Tamimi", "Azzam Tamimi");
    }

    @Test
    void aQuoteInsideASentenceDoesNotContinueTheSpeakerBefore() {
        assertThat(speakers("\"We will stay the course here,\" [Mr Blair|Tony Blair] said. Three countries have"
                + " announced a withdrawal \"regardless of the situation on the ground\"."))
                .containsExactly("Tony Blair");
    }

    @Test
    void placesAfterTheVerbAreNotReportedSpeech() {
        assertThat(attribute("[Lord Butler|Robin Butler] said in his Spectator interview, which was long, that the"
                + " case was thin.")).isEmpty();
    }

    @Test
    void pronounPrefersTheNamedSpeakerOfTheSentenceBefore() {
        assertThat(speakers("The barrister who represented [Mr Martin|Tony Martin] had said the rules were fair,"
                + " said Mr [Clarke|Charles Clarke]. He said: \"The problem is that there is not enough understanding.\""))
                .containsExactly("Charles Clarke");
    }

    @Test
    void scareQuotesAreNotSpeech() {
        assertThat(attribute("[Putin|Vladimir Putin] called it “important issues” and the “price” of sovereignty,"
                + " [Peskov|Dmitry Peskov] noted.")).isEmpty();
    }

    @Test
    void quotedTitlesAreNotSpeech() {
        assertThat(attribute("[Ushakov|Yuri Ushakov]'s favourite book is \"The Lord of the Rings\", a friend recalled."))
                .isEmpty();
    }

    @Test
    void quotesWithoutANamedSpeakerAreLeftUnattributed() {
        assertThat(attribute("[Vladimir Putin] flew in on Tuesday.\n\n\"Prices will rise again very soon,\" analysts"
                + " said.\n\n\"We will respond to this in kind,\" the Kremlin said.\n\n\"It is over for now,\" they said."))
                .isEmpty();
        assertThat(attribute("\"We will fight this to the very end,\" the statement read.")).isEmpty();
    }

    @Test
    void accordingToADocumentIsNotAPersonQuote() {
        assertThat(attribute("[Vladimir Putin] spoke. According to US data, Iran is prepared to supply hundreds of"
                + " drones.")).isEmpty();
    }

    @Test
    void offsetsPointAtTheQuoteInTheText() {
        String marked = "Intro line.\n\n“We are enhancing our cooperation on matters of security,” said [Vladimir Putin].";
        String text = PERSON.matcher(marked).replaceAll("$1");
        AttributedQuote quote = attribute(marked).get(0);
        assertThat(text.substring(quote.begin(), quote.end())).isEqualTo(quote.text());
    }

    private List<String> speakers(String marked) {
        return attribute(marked).stream().map(AttributedQuote::speaker).toList();
    }

    private List<AttributedQuote> attribute(String marked) {
        StringBuilder text = new StringBuilder();
        List<ExtractedMention> mentions = new ArrayList<>();
        Matcher m = PERSON.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int begin = text.length();
            text.append(m.group(1));
            String normalized = m.group(2) == null ? m.group(1) : m.group(2);
            mentions.add(new ExtractedMention(EntityType.PERSON, begin, text.length(), m.group(1), normalized, "test"));
            last = m.end();
        }
        text.append(marked.substring(last));
        return attributor.attribute(text.toString(), mentions);
    }
}
