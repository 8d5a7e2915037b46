package org.newsbrowser.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.extract.Sentences;

/**
 * Finds the speech an article quotes and the person who said it, by the conventions of news writing:
 * <ul>
 *   <li>a cue after the quote: {@code "...," said Yuri Ushakov}, {@code "...," Ushakov said},
 *       {@code "...," Putin's adviser Yuri Ushakov said}, {@code "..." — told Khamenei}, {@code "...," he said};</li>
 *   <li>a cue before it: {@code Putin said, "..."}, {@code Peskov told reporters: "..."};</li>
 *   <li>reported speech: {@code Peskov said (that) ...}, {@code Kremlin spokesman Dmitry Peskov stated that ...},
 *       {@code ..., according to Dmitry Peskov};</li>
 *   <li>straight and curly quotation marks; a quote running over several paragraphs (each opening with a quotation
 *       mark, only the last closed) is one quote; a quote with no cue of its own that opens the sentence after
 *       attributed speech in the same paragraph continues its speaker ({@code "...," he said. "..."}).</li>
 * </ul>
 * A cue introducing a quote ("The Archbishop said:") decides it: when it names no person of the article the quote
 * stays unattributed rather than taking the cue after it, which may introduce the next quote. After a quote
 * closed by a full stop, "X said" counts only when the sentence ends soon after the verb.
 * The speaker must be a person the article names: a name after or before the cue verb as the tagger found it
 * (resolved within the article, so a surname stands for the full name), or a surname of such a person that the
 * tagger missed there; "he" or "she" stands for the person named last before the quote. Quotes of fewer than
 * {@value #MIN_WORDS} words (scare quotes, single words) and quoted titles ("War and Peace") are not speech.
 * Thread-safe and stateless.
 */
public final class QuoteAttributor {

    /** Fewer words than this in quotation marks are a scare quote or a term, not a statement. */
    static final int MIN_WORDS = 4;
    /** Longest stretch of text, in words, between a quote and its cue verb ("Putin's foreign policy adviser Yuri Ushakov"). */
    private static final int MAX_CUE_WORDS = 10;
    /**
     * After a quote closed by a full stop, a following "X said" starts a new sentence about something else unless
     * the sentence ends within this many words of the verb ("... ." Mr Kennedy said during his speech.).
     */
    private static final int AFTER_VERB_WORDS = 5;
    /** How far back a pronoun looks for the person it stands for. */
    private static final int PRONOUN_REACH = 800;

    private static final String VERBS = "said|says|say|told|tells|added|adds|stated|states|noted|notes|explained"
            + "|explains|asked|asks|insisted|insists|warned|warns|declared|replied|wrote|writes|argued|argues"
            + "|claimed|claims|continued|remarked|recalled|concluded|observed|stressed|emphasised|emphasized|admitted"
            + "|acknowledged|announced|conceded|commented|urged|predicted|suggested|maintained|confirmed|denied";
    private static final Pattern VERB = Pattern.compile("\\b(?:" + VERBS + ")\\b");
    /** "said Yuri Ushakov" (the speaker after the verb), right after a quote. */
    private static final Pattern VERB_FIRST = Pattern.compile("^[\\s,—–-]*(" + VERB.pattern() + ")\\s+([^,.;:!?\\n]*)");
    /** "Peskov said that ..." / "Peskov told reporters on Monday that ...", the clause following. */
    private static final Pattern REPORTED = Pattern.compile("^(?:['’]s)?\\s*(?:,[^,.\\n]{1,80},\\s*)?"
            + "((?:said|says|stated|states|added|adds|warned|warns|noted|notes|insisted|insists|argued|argues|claimed"
            + "|claims|explained|explains|stressed)"
            + "(?:\\s+(?:on\\s+\\p{Lu}\\p{L}+|(?:last|this)\\s+(?:week|month|year|night|morning)|earlier|later"
            + "|yesterday|today))?(?:\\s+that)?"
            + "|(?:told|tells)\\s+[^,.;:\\n]{1,60}?\\s+that)\\s+(?=\\S)"
            + "(?!(?:on|in|at|last|this|to|of|for|with|by|after|before|during|earlier|later|so|it|nothing)\\b)");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:he|she)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at",
            "to", "for", "with", "by", "from", "as", "is", "are");
    private static final String OPENING = "“\"«";
    private static final String CLOSING = "”\"»";

    /** A quote and its speaker's normalized name, as the person mentions of the article give it. */
    public record AttributedQuote(int begin, int end, String text, String cue, String speaker) {
    }

    /** A person named in the text: a mention or a surname of one. */
    private record Name(int begin, int end, String normalized) {
    }

    /** Quoted words between a pair of marks, or from a mark to the end of its paragraph when not closed there. */
    private record Segment(int open, int close, boolean closed, int paragraph) {

        int innerBegin() {
            return open + 1;
        }

        int afterClose() {
            return closed ? close + 1 : close;
        }
    }

    /**
     * The attributed quotes of an article, in text order.
     *
     * @param mentions the article's mentions (other types are ignored), normalized within the article
     */
    public List<AttributedQuote> attribute(String text, List<ExtractedMention> mentions) {
        List<Name> names = names(text, mentions);
        if (names.isEmpty()) {
            return List.of();
        }
        List<AttributedQuote> quotes = new ArrayList<>();
        List<List<Segment>> uncued = new ArrayList<>();
        for (List<Segment> chain : chains(text)) {
            int begin = chain.get(0).innerBegin();
            int end = chain.get(chain.size() - 1).close;
            if (!isSpeech(text.substring(begin, end))) {
                continue;
            }
            // A cue introducing the quote ("X said:") is the one that names its speaker, or none does: the cue
            // after it may belong to the next quote.
            Optional<LeadCue> lead = leadCue(text, chain.get(0));
            Optional<AttributedQuote> found = lead.isPresent()
                    ? lead.flatMap(cue -> speakerBefore(text, names, cue.from(), cue.verbStart(), begin)
                            .map(name -> quote(text, begin, end, cue.verb(), name)))
                    : cueAfter(text, chain, names, begin, end);
            found.ifPresent(quotes::add);
            if (found.isEmpty() && lead.isEmpty()) {
                uncued.add(chain);
            }
        }
        quotes.addAll(reported(text, names, quotes));
        quotes.sort(Comparator.comparingInt(AttributedQuote::begin));
        continued(text, uncued, quotes);
        quotes.sort(Comparator.comparingInt(AttributedQuote::begin));
        return quotes;
    }

    /**
     * Quotes with no cue of their own that open a sentence right after a sentence of attributed speech in the same
     * paragraph go on with its speaker: {@code "...," he said. "..."} and {@code X said that ... "..."}.
     */
    private static void continued(String text, List<List<Segment>> uncued, List<AttributedQuote> quotes) {
        List<Sentences.Span> sentences = Sentences.of(text);
        for (List<Segment> chain : uncued) {
            int open = chain.get(0).open();
            int index = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).begin() == open) {
                    index = i;
                }
            }
            if (index <= 0 || text.substring(sentences.get(index - 1).end(), open).contains("\n")) {
                continue;
            }
            Sentences.Span before = sentences.get(index - 1);
            quotes.stream().filter(q -> q.begin() < before.end() && before.begin() < q.end())
                    .reduce((a, b) -> b)
                    .ifPresent(q -> quotes.add(quote(text, chain.get(0).innerBegin(),
                            chain.get(chain.size() - 1).close(), q.cue(), q.speaker())));
        }
    }

    /** The people of the article and, where the tagger missed them, their surnames standing alone. */
    private static List<Name> names(String text, List<ExtractedMention> mentions) {
        List<Name> names = new ArrayList<>();
        Map<String, String> bySurname = new HashMap<>();
        for (ExtractedMention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                names.add(new Name(m.begin(), m.end(), m.normalized()));
                String[] words = m.normalized().split("\\s+");
                String surname = words[words.length - 1];
                bySurname.merge(surname, m.normalized(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        bySurname.forEach((surname, normalized) -> {
            if (normalized.isEmpty() || surname.length() < 3) {
                return; // two people share the surname: it names neither
            }
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(surname) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                int at = m.start();
                if (names.stream().noneMatch(n -> at < n.end() && n.begin() < m.end())) {
                    names.add(new Name(m.start(), m.end(), normalized));
                }
            }
        });
        names.sort(Comparator.comparingInt(Name::begin));
        return names;
    }

    /** Quoted segments joined across paragraphs where a quote goes on (an unclosed paragraph, the next opening). */
    private static List<List<Segment>> chains(String text) {
        List<List<Segment>> chains = new ArrayList<>();
        List<Segment> current = null;
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                List<Segment> segments = segments(text, lineStart, lineEnd, paragraph);
                boolean continues = current != null && !segments.isEmpty()
                        && text.substring(lineStart, segments.get(0).open()).isBlank();
                for (int i = 0; i < segments.size(); i++) {
                    if (i == 0 && continues) {
                        current.add(segments.get(0));
                    } else {
                        current = new ArrayList<>(List.of(segments.get(i)));
                        chains.add(current);
                    }
                }
                current = !segments.isEmpty() && !segments.get(segments.size() - 1).closed() ? current : null;
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return chains;
    }

    private static List<Segment> segments(String text, int lineStart, int lineEnd, int paragraph) {
        List<Segment> segments = new ArrayList<>();
        int open = -1;
        for (int i = lineStart; i < lineEnd; i++) {
            char c = text.charAt(i);
            boolean straight = c == '"';
            if (open < 0 && (OPENING.indexOf(c) >= 0 && (!straight || opensAt(text, i)))) {
                open = i;
            } else if (open >= 0 && CLOSING.indexOf(c) >= 0) {
                segments.add(new Segment(open, i, true, paragraph));
                open = -1;
            } else if (open >= 0 && OPENING.indexOf(c) >= 0 && !straight) {
                open = i; // an unmatched opening mark: the quote starts again here
            }
        }
        if (open >= 0) {
            segments.add(new Segment(open, lineEnd, false, paragraph));
        }
        return segments;
    }

    /** A straight quotation mark opens when nothing but a space, a bracket or a dash comes before it. */
    private static boolean opensAt(String text, int i) {
        return i == 0 || " \t\n([{—–-:".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Enough words to be a statement, and not a title ("The Lord of the Rings"). */
    private static boolean isSpeech(String inner) {
        List<String> words = WORD.matcher(inner).results().map(java.util.regex.MatchResult::group).toList();
        if (words.size() < MIN_WORDS) {
            return false;
        }
        boolean titleCase = words.stream().filter(w -> !MINOR_WORDS.contains(w))
                .allMatch(w -> Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
        return !titleCase || inner.strip().matches(".*[.!?,]$");
    }

    /** A cue right after any closed segment of the quote: "..., said X", "..., X said", "..., he said". */
    private static Optional<AttributedQuote> cueAfter(String text, List<Segment> chain, List<Name> names,
                                                      int begin, int end) {
        for (Segment segment : chain) {
            if (!segment.closed()) {
                continue;
            }
            String inner = text.substring(segment.innerBegin(), segment.close()).strip();
            int from = segment.afterClose();
            int clauseEnd = clauseEnd(text, from);
            String clause = text.substring(from, clauseEnd);
            boolean endsStatement = inner.matches(".*[,.!?…—–-]$") || clause.matches("(?s)^\\s*[,—–-].*");
            if (!endsStatement) {
                continue;
            }
            if (clauseEnd < text.length() && text.charAt(clauseEnd) == ':') {
                continue; // "X added:" introduces the next quote
            }
            boolean fullStop = inner.endsWith(".");
            Matcher verbFirst = VERB_FIRST.matcher(clause);
            if (verbFirst.find() && (!fullStop || words(text, from + verbFirst.end(), clauseEnd) <= AFTER_VERB_WORDS)) {
                int nameFrom = from + verbFirst.start(2);
                int nameTo = from + verbFirst.end(2);
                Optional<Name> speaker = last(names, nameFrom, nameTo);
                if (speaker.isPresent() && words(text, nameFrom, speaker.get().begin()) <= MAX_CUE_WORDS) {
                    return Optional.of(quote(text, begin, end, verbFirst.group(1), speaker.get()));
                }
            }
            Matcher verb = VERB.matcher(clause);
            if (verb.find() && words(text, from, from + verb.start()) <= MAX_CUE_WORDS
                    && (!fullStop || words(text, from + verb.end(), clauseEnd) <= AFTER_VERB_WORDS)) {
                Optional<AttributedQuote> found = speakerBefore(text, names, from, from + verb.start(), begin)
                        .map(name -> quote(text, begin, end, verb.group(), name));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Where a cue introducing a quote stands: the clause it is in and its verb. */
    private record LeadCue(int from, int verbStart, String verb) {
    }

    /** A cue introducing the quote: "Putin said, “...", "Peskov told reporters: “...". */
    private static Optional<LeadCue> leadCue(String text, Segment first) {
        Sentences.Span sentence = Sentences.around(text, first.open());
        int from = sentence.begin() <= first.open() ? sentence.begin() : text.lastIndexOf('\n', first.open()) + 1;
        String lead = text.substring(from, first.open());
        if (!lead.matches("(?s).*[:,]\\s*$")) {
            return Optional.empty();
        }
        Matcher verb = VERB.matcher(lead);
        LeadCue cue = null;
        while (verb.find()) {
            cue = new LeadCue(from, from + verb.start(), verb.group());
        }
        return cue == null || words(text, cue.verbStart(), first.open()) > MAX_CUE_WORDS
                ? Optional.empty() : Optional.of(cue);
    }

    /**
     * The speaker named just before a cue verb, between {@code from} and {@code verbStart}: the last person named
     * there, or for "he"/"she" the person named last before the quote.
     */
    private static Optional<Name> speakerBefore(String text, List<Name> names, int from, int verbStart, int quoteBegin) {
        Optional<Name> named = last(names, from, verbStart);
        if (named.isPresent()) {
            String between = text.substring(named.get().end(), verbStart);
            return between.matches("(?s)(?:['’]s?)?(?:\\s+\\p{Lu}{2,4})?(?:\\s*,[^,]{1,80},)?\\s*") ? named : Optional.empty();
        }
        String subject = text.substring(from, verbStart).replaceAll("^[\\s,—–-]+", "").strip();
        return PRONOUN.matcher(subject).matches() ? antecedent(text, names, quoteBegin) : Optional.empty();
    }

    /**
     * The person "he" or "she" stands for: the subject of the last sentence before the quote that names someone,
     * taken as the first person it names other than as a possessive ("Putin’s spokesman, Dmitry Peskov, ...").
     */
    private static Optional<Name> antecedent(String text, List<Name> names, int quoteBegin) {
        int reach = Math.max(0, quoteBegin - PRONOUN_REACH);
        Optional<Name> lastNamed = last(names, reach, quoteBegin - 1);
        if (lastNamed.isEmpty()) {
            return Optional.empty();
        }
        Sentences.Span sentence = Sentences.around(text, lastNamed.get().begin());
        List<Name> inSentence = names.stream()
                .filter(n -> n.begin() >= Math.max(sentence.begin(), reach) && n.end() <= lastNamed.get().end())
                .toList();
        return inSentence.stream().filter(n -> isSpeakerIn(text, n)).findFirst()
                .or(() -> inSentence.stream()
                        .filter(n -> !text.startsWith("'s", n.end()) && !text.startsWith("’s", n.end())).findFirst())
                .or(() -> lastNamed);
    }

    /** The name is the subject of a cue verb: "X said", "said Mr X". */
    private static boolean isSpeakerIn(String text, Name name) {
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 20));
        String before = text.substring(Math.max(0, name.begin() - 20), name.begin());
        return after.matches("(?s)^\\s+(?:" + VERBS + ")\\b.*")
                || before.matches("(?s).*\\b(?:" + VERBS + ")\\s+(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir)\\.?\\s+)?$");
    }

    /** Reported speech: "X said (that) ...", "according to X". Skips sentences already holding an attributed quote. */
    private static List<AttributedQuote> reported(String text, List<Name> names, List<AttributedQuote> direct) {
        List<AttributedQuote> found = new ArrayList<>();
        for (Sentences.Span sentence : Sentences.of(text)) {
            if (direct.stream().anyMatch(q -> q.begin() < sentence.end() && sentence.begin() < q.end())) {
                continue;
            }
            saidThat(text, names, sentence).or(() -> accordingTo(text, names, sentence)).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<AttributedQuote> saidThat(String text, List<Name> names, Sentences.Span sentence) {
        for (Name name : names) {
            if (!sentence.contains(name.begin()) || name.end() >= sentence.end()) {
                continue;
            }
            Matcher m = REPORTED.matcher(text).region(name.end(), sentence.end());
            if (m.lookingAt() && isSubject(text, names, sentence, name)) {
                int begin = m.end();
                int end = trimEnd(text, begin, sentence.end());
                if (end > begin && isSpeech(text.substring(begin, end))) {
                    return Optional.of(quote(text, begin, end, m.group(1).replaceAll("\\s+", " "), name));
                }
            }
        }
        return Optional.empty();
    }

    /** The name opens its sentence, after at most a short introductory phrase and title words. */
    private static boolean isSubject(String text, List<Name> names, Sentences.Span sentence, Name name) {
        String before = text.substring(sentence.begin(), name.begin());
        String afterComma = before.contains(",") ? before.substring(before.lastIndexOf(',') + 1) : before;
        return afterComma.matches("(?s)[\\s\\p{L}'’.-]*") && WORD.matcher(afterComma).results().count() <= 5
                && !VERB.matcher(afterComma).find()
                && names.stream().noneMatch(n -> n.begin() > name.end() && n.begin() < name.end() + 2);
    }

    private static Optional<AttributedQuote> accordingTo(String text, List<Name> names, Sentences.Span sentence) {
        Matcher m = ACCORDING_TO.matcher(text).region(sentence.begin(), sentence.end());
        if (!m.find()) {
            return Optional.empty();
        }
        int comma = text.indexOf(',', m.end());
        int phraseEnd = comma < 0 ? clauseEnd(text, m.end()) : Math.min(comma, clauseEnd(text, m.end()));
        Optional<Name> speaker = last(names, m.end(), phraseEnd)
                .filter(n -> words(text, m.end(), n.begin()) <= 6);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int phraseStart = m.start();
        boolean leading = text.substring(sentence.begin(), phraseStart).isBlank();
        int begin = leading ? skipSeparators(text, phraseEnd, sentence.end()) : sentence.begin();
        int end = leading ? trimEnd(text, begin, sentence.end()) : trimEnd(text, begin, phraseStart);
        if (end <= begin || !isSpeech(text.substring(begin, end))) {
            return Optional.empty();
        }
        return Optional.of(quote(text, begin, end, "according to", speaker.get()));
    }

    private static Optional<Name> last(List<Name> names, int from, int to) {
        Name found = null;
        for (Name name : names) {
            if (name.begin() >= from && name.end() <= to) {
                found = name;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The end of the clause starting at {@code from}: the next sentence mark, semicolon, colon, quote or line end. */
    private static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && ".;:!?\n“\"".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        // "U.S." and initials do not end the clause
        if (i < text.length() && text.charAt(i) == '.' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
            return clauseEnd(text, i + 1);
        }
        return i;
    }

    private static int skipSeparators(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || ",.;".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    private static long words(String text, int from, int to) {
        return from >= to ? 0 : WORD.matcher(text.substring(from, to)).results().count();
    }

    private static AttributedQuote quote(String text, int begin, int end, String cue, Name speaker) {
        return quote(text, begin, end, cue, speaker.normalized());
    }

    private static AttributedQuote quote(String text, int begin, int end, String cue, String speaker) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new AttributedQuote(begin, end, text.substring(begin, end), cue.strip().toLowerCase(Locale.ROOT), speaker);
    }
}
