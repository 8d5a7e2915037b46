package org.newsbrowser.extract;

import org.newsbrowser.entity.EntityType;
import org.newsbrowser.extract.ArticleLayout.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People, organizations and countries of a news article: the CoreNLP 3-class tagger followed by general clean-up
 * rules for news text, and a gazetteer scan for countries the tagger misses.
 *
 * <p>The rules, in the order applied to each tagger span:
 * <ol>
 *   <li>spans in photo or source credits and on a dateline's place ({@link DatelineExtractor}: "HOUSTON" is a
 *       city, whatever the tagger makes of it) are dropped; a trailing possessive and leading punctuation ("-- Jane
 *       Roe" in a byline) are never part of a span, except an organization's "'s" the text never drops
 *       ("Moody's");</li>
 *   <li>a seat of government that is a building ("the Kremlin", "Downing Street") is an organization; a capital
 *       ("Tehran", "Berlin") stands for its country;</li>
 *   <li>an organization or location span ending in a title and a name ("Supreme Leader of Iran Ayatollah X") is a
 *       person from the title on; a span starting with a country or demonym followed by a person ("Iran Hassan
 *       Rouhani", "Ukraine X") is split into the country and the person;</li>
 *   <li>a location the gazetteer knows is a country; a two- or three-word capitalized location followed by "said",
 *       "is a" and the like is a person; a place named as a sports team (a results row, "beat", "v") is an
 *       organization; any other location is dropped;</li>
 *   <li>a one-word person that is a side of a fixture or two-sided result ("Carlisle v Hull", "Bolton 3 Norwich
 *       1", also wrapped after a line ending in "v") is a club, an organization;</li>
 *   <li>a person or location next to a media word ("website", "TV") is an organization; one followed by a product
 *       word ("drone", "missile") is dropped;</li>
 *   <li>names in the headline-case lines the article starts with (its title block) are kept only if they also
 *       occur in the running text, except countries and capitals, and a person that is the whole line (a
 *       byline).</li>
 * </ol>
 * Names the tagger left untagged are added by their layout: in a press review, the papers heading their stories
 * ("AN-NAHAR" above "- ..." lines); beside a club in a fixture or results line, the other side; in a standings block
 * with clubs and no people, every row's name.
 * A country word that is part of another name or an origin is no country mention: the first word of an event's
 * name ("French Open"), a currency ("US$"), a compound of origin ("Russian-built").
 * Mentions are then resolved within the article: person aliases by {@link PersonNames#resolve}, acronyms defined
 * as "Long Form (LF)" to their long form (also an acronym in parentheses beside an organization whatever its
 * letters, "Kurdistan Workers Party (PKK)"), countries to ISO codes.
 */
public final class NewsEntityExtractor implements EntityExtractor {

    /** The extractor name of mentions that come from a tagger span. */
    public static final String NAME = "corenlp";
    /** The extractor name of countries found by the gazetteer scan. */
    public static final String GAZETTEER = "gazetteer";

    private static final Set<String> MEDIA_WORDS = Set.of("outlet", "website", "site", "newspaper", "daily",
            "agency", "broadcaster", "tv", "channel", "news", "magazine", "media", "radio", "television", "tabloid",
            "weekly", "portal");
    private static final Set<String> PRODUCT_WORDS = Set.of("drone", "drones", "missile", "missiles", "rifle",
            "rifles", "tank", "tanks", "jet", "jets", "aircraft", "system", "systems", "app", "apps", "phone",
            "phones", "helicopter", "helicopters", "launcher", "launchers");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "wrote", "writes", "added",
            "argued");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("\\s*['’]s?$");
    /** Dashes, quotes and brackets the tokenizer may glue to the front of a name ("-- Jane Roe" in a byline). */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*");
    private static final Pattern MODEL_CODE = Pattern.compile("[\\p{Lu}\\d-]*\\d[\\p{Lu}\\d-]*|\\p{Lu}{2,4}");
    /** A capitalized word or dotted abbreviation, also as part of a hyphenated word ("Russia-Ukraine", "U.S."). */
    private static final Pattern COUNTRY_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}(?:\\p{L}+|(?:\\.\\p{Lu})+\\.?)(?![\\p{L}\\p{N}])");
    private static final int MAX_COUNTRY_WORDS = 3;
    private static final Pattern OPENING_PARENTHESIS = Pattern.compile("[ \\t]*\\([ \\t]*");
    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("[ \\t]*\\)");
    /** Words after a country or demonym that make it the first word of an event's name: "French Open". */
    private static final Pattern EVENT_NAME = Pattern.compile("[ \\t]+((?i:open|league|cup|supercup|masters"
            + "|championships?|grand prix|classic|rules|games))(?![\\p{L}\\p{N}])");
    /** A compound of origin after a country or demonym: "-based", "-born", "-made" ("Russian-built helicopter"). */
    private static final Pattern ORIGIN_COMPOUND = Pattern.compile(
            "-(?:based|born|made|built|style|listed|registered|educated|owned)(?![\\p{L}\\p{N}])");
    /** How far after a country word {@link #EVENT_NAME} and {@link #ORIGIN_COMPOUND} look. */
    private static final int MAX_NAME_TAIL = 30;
    /**
     * Words that make a demonym after them part of a longer one ("West Indian", "North Korean"): such a demonym is
     * not the bare one, and counts only if the gazetteer knows the full form.
     */
    private static final Set<String> DEMONYM_QUALIFIERS = Set.of("west", "east", "south", "north", "new",
            "western", "eastern", "southern", "northern", "central");
    private static final int MAX_PERSON_WORDS = 4;
    /** "Ministry of Foreign Affairs", "Strategic Council on Foreign Relations": capitalized words throughout. */
    private static final Pattern INSTITUTION = Pattern.compile("(?<![\\p{L}\\p{N}'’])(?:\\p{Lu}\\p{Ll}+ )*"
            + "(?:Ministry|Department|Council|Commission|Committee|Bureau|Agency|Institute|Office|Board) "
            + "(?:of|on|for) (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
            + "\\p{Lu}\\p{Ll}+(?: (?:and |of |for |& )?\\p{Lu}\\p{Ll}+)*");
    /** "Sky News": a capitalized word before "News" (an acronym before it, "NBC News", is the outlet's name). */
    private static final Pattern MEDIA_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+ News(?![\\p{L}\\p{N}])");
    /** A score or a column of a results table: "3", "76", not a year, a date or a figure ("1,453"). */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}");
    /** A result: "2-1", "23-10", not a cricket total ("100-2"). */
    private static final Pattern RESULT = Pattern.compile("\\d{1,2}-\\d{1,2}");
    /** Nations that field national teams but have no ISO code of their own, current or former. */
    private static final Set<String> NATIONS_WITHOUT_CODE = Set.of("england", "scotland", "wales",
            "northern ireland", "yugoslavia", "soviet union", "czechoslovakia", "ussr");
    /** Words between the two sides of a fixture ("Carlisle v Hull"). */
    private static final Set<String> FIXTURE_WORDS = Set.of("v", "vs", "v.", "vs.", "versus");
    private static final Set<String> TEAM_VERBS = java.util.stream.Stream.concat(FIXTURE_WORDS.stream(),
            java.util.stream.Stream.of("beat", "beats")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String SIDE = "\\p{Lu}[\\p{L}'’.&-]*(?: \\p{Lu}[\\p{L}'’.&-]*){0,3}";
    /** A result between two sides, a score after each: "Bolton 3 Norwich 1", "Queen's Park 2 Alloa 0 (aet)". */
    private static final Pattern TWO_SIDED_RESULT = Pattern.compile(
            "\\s*(?<first>" + SIDE + ") \\d{1,3} (?<second>" + SIDE + ") \\d{1,3}(?:\\s.*)?");
    /** Two sides of a fixture, also across the line break of a list ("Southend v\nSwindon"). */
    private static final Pattern FIXTURE = Pattern.compile("(?<![\\p{L}\\p{N}'’.&-])(?<first>" + SIDE
            + ")\\s+(?:v|vs|versus)\\.?\\s+(?<second>" + SIDE + ")(?![\\p{L}\\p{N}])");
    /** A results line: "Stoke 2 Manchester City 1". */
    private static final Pattern RESULT_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?<first>" + SIDE + ") \\d{1,3} (?<second>" + SIDE + ") \\d{1,3}(?![\\p{L}\\p{N}.,])");
    /** A standings row: a name, then three or more columns of figures ("Reading 2 1 0 1 3 5 3", ".594", "1/2"). */
    private static final Pattern TABLE_ROW = Pattern.compile(
            "(?m)^[ \\t]*(?<first>" + SIDE + ")(?: +(?:\\d+/\\d+|\\d[\\d.]*|\\.\\d+|-)){3,}[ \\t]*$");
    /** Words of the lead that make an article a press review ("PRESS DIGEST", "stories in the Beirut press"). */
    private static final Pattern PRESS_REVIEW = Pattern.compile("(?<![\\p{L}])(?:press|newspapers?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** Lines of an article's lead (title, dateline, first sentence) searched for {@link #PRESS_REVIEW}. */
    private static final int LEAD_LINES = 3;
    /** The first {@link #LEAD_LINES} lines of a text. */
    private static final Pattern LEAD = Pattern.compile("(?:[^\\n]*\\n+){0," + LEAD_LINES + "}");
    /**
     * A line of one to four capitalized words on its own, followed by a line starting with a dash: in a press review,
     * the paper whose stories the dashed lines give ("AN-NAHAR", "JORDAN TIMES", "DIARIO 16").
     */
    private static final String PAPER = "(?<name>\\p{Lu}[\\p{L}'’.&-]*(?: [\\p{Lu}\\d][\\p{L}\\d'’.&-]*){0,3})";
    private static final Pattern PAPER_LINE = Pattern.compile("(?m)^[ \\t]*" + PAPER + "[ \\t]*\\R[ \\t]*[-–—]");
    /** The same name after a separator line of dashes ("---"), the other layout of a review. */
    private static final Pattern PAPER_AFTER_SEPARATOR = Pattern.compile(
            "(?m)^[ \\t]*-{2,}[ \\t]*\\R[ \\t]*" + PAPER + "[ \\t]*$");
    private static final int MIN_PAPERS = 2;
    /** Section headings of a press review, which head dashed lines like a paper: "FRONT PAGE", "EDITORIALS". */
    private static final Set<String> SECTION_WORDS = Set.of("page", "pages", "editorial", "editorials", "section",
            "headlines");

    private final CoreNlpNer ner;
    private final CountryGazetteer countries;
    private final DatelineExtractor datelines;

    public NewsEntityExtractor(CoreNlpNer ner, CountryGazetteer countries, DatelineExtractor datelines) {
        this.ner = ner;
        this.countries = countries;
        this.datelines = datelines;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ExtractedMention> extract(String text) {
        return new Run(text).mentions();
    }

    /** A mention before normalization; {@code code} is the ISO code of a country. */
    private record Candidate(EntityType type, int begin, int end, String code, String extractor) {

        boolean overlaps(int otherBegin, int otherEnd) {
            return begin < otherEnd && otherBegin < end;
        }
    }

    /** A standings row: its name and where the row ends. */
    private record TableRow(int nameBegin, int nameEnd, int end) {
    }

    /** The extraction of one article: the per-article state the rules consult. */
    private final class Run {

        private final String text;
        private final ArticleLayout layout;
        private final List<NerSpan> spans;
        private final List<Candidate> found = new ArrayList<>();
        /** Ranges the tagger decided about, where the gazetteer scan must not look. */
        private final List<Candidate> claimed = new ArrayList<>();

        Run(String text) {
            this.text = text;
            this.layout = new ArticleLayout(text);
            Optional<DatelineExtractor.Dateline> dateline = datelines.find(text);
            this.spans = ner.tag(text).stream().map(this::withoutPossessive).filter(s -> s.end() > s.begin())
                    .filter(s -> !layout.inCredit(s.begin()))
                    .filter(s -> dateline.isEmpty() || s.end() <= dateline.get().begin()
                            || s.begin() >= dateline.get().end())
                    .toList();
        }

        List<ExtractedMention> mentions() {
            List<Candidate> papers = papersOfPressReview();
            papers.forEach(p -> claim(p.begin(), p.end()));
            found.addAll(papers);
            spans.stream().filter(s -> papers.stream().noneMatch(p -> p.overlaps(s.begin(), s.end())))
                    .forEach(this::classify);
            scanClubs();
            scanOrganizations();
            scanCountries();
            return normalize(nonOverlapping(found.stream().filter(this::notOnlyInHeadline)
                    .filter(c -> c.type() != EntityType.COUNTRY || !namesSomethingElse(c)).toList()));
        }

        /**
         * Without a trailing possessive and without punctuation glued to its front ("-- Jane Roe"). An
         * organization keeps its "'s" when the text never writes the name without it: "Moody's" is the name, where
         * "the Kremlin's" is a possessive of "the Kremlin".
         */
        private NerSpan withoutPossessive(NerSpan span) {
            Matcher possessive = TRAILING_POSSESSIVE.matcher(span.text());
            boolean stripped = possessive.find() && !(span.label().equals("ORGANIZATION")
                    && !writtenWithoutPossessive(span.text().substring(0, possessive.start())));
            String trimmed = stripped ? span.text().substring(0, possessive.start()) : span.text();
            Matcher leading = LEADING_PUNCTUATION.matcher(trimmed);
            int cut = leading.find() ? leading.end() : 0;
            int begin = span.begin() + cut;
            return new NerSpan(span.label(), begin, begin + trimmed.length() - cut, trimmed.substring(cut));
        }

        private boolean writtenWithoutPossessive(String name) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}'’])")
                    .matcher(text).find();
        }

        private void classify(NerSpan span) {
            if (span.label().equals("ORGANIZATION") && country(span.text()).isPresent()) {
                // the tagger calls a place an organization in team contexts ("Monaco beat Lyon"): trust it
                claim(span.begin(), span.end());
                add(new Candidate(EntityType.ORGANIZATION, span.begin(), span.end(), null, NAME));
            } else if (span.label().equals("LOCATION") && countries.isSeatOfGovernment(span.text())
                    && !isBuilding(span.text()) && byNameOnly(span.text()) && inTeamContext(span)) {
                claim(span.begin(), span.end());
                add(new Candidate(EntityType.ORGANIZATION, span.begin(), span.end(), null, NAME));
            } else if (countries.isSeatOfGovernment(span.text())) {
                addSeat(span.begin(), span.end(), NAME);
            } else if (!splitAtTitle(span) && !splitAtCountry(span)) {
                claim(span.begin(), span.end());
                switch (span.label()) {
                    case "LOCATION" -> classifyLocation(span);
                    case "PERSON" -> classifyByContext(span,
                            isSideOfFixture(span) ? EntityType.ORGANIZATION : EntityType.PERSON);
                    default -> add(country(span.text()).map(c -> country(span.begin(), span.end(), c, NAME))
                            .orElse(new Candidate(EntityType.ORGANIZATION, span.begin(), span.end(), null, NAME)));
                }
            }
        }

        private void classifyLocation(NerSpan span) {
            Optional<CountryGazetteer.Country> country = country(span.text())
                    .or(() -> countries.byDemonym(span.text()));
            if (country.isPresent()) {
                add(country(span.begin(), span.end(), country.get(), NAME));
            } else if (looksLikeSpeakingPerson(span)) {
                add(new Candidate(EntityType.PERSON, span.begin(), span.end(), null, NAME));
            } else {
                classifyByContext(span, inTeamContext(span) ? EntityType.ORGANIZATION : null);
            }
        }

        /** Whether the capital is not also a country's own name ("Singapore", "Monaco" stay countries). */
        private boolean byNameOnly(String seat) {
            return countries.byName(seat).map(c -> !c.name().equalsIgnoreCase(seat)).orElse(true);
        }

        /**
         * A place named as a sports team: the first name of a results or standings row ("Reading 2 Bury 1",
         * "Florida 76 52 .594"), next to a score ("Bath 23-10"), or after "beat", "v", "drew with".
         */
        private boolean inTeamContext(NerSpan span) {
            if (NATIONS_WITHOUT_CODE.contains(span.text().toLowerCase(Locale.ROOT))) {
                return false; // a national team, which news (and CoNLL) name by their place
            }
            List<Token> before = layout.tokensBefore(span.begin(), 2);
            List<Token> after = layout.tokensAfter(span.end(), 2);
            boolean scoreAfter = !after.isEmpty() && SCORE.matcher(after.get(0).text()).matches()
                    && (after.get(0).end() == text.length() || Character.isWhitespace(text.charAt(after.get(0).end())));
            if (scoreAfter && after.size() > 1 && Character.isLowerCase(after.get(1).text().charAt(0))) {
                scoreAfter = false; // "Dresden 792 up 11.4": a figure in a statistics table, not a score
            }
            boolean scoreBefore = !before.isEmpty() && SCORE.matcher(before.get(0).text()).matches();
            if (scoreAfter && (before.isEmpty() || scoreBefore) || !after.isEmpty()
                    && RESULT.matcher(after.get(0).text()).matches()) {
                return true;
            }
            if (before.isEmpty()) {
                return !after.isEmpty() && TEAM_VERBS.contains(lower(after.get(0))) || afterWrappedFixture(span);
            }
            String previous = lower(before.get(0));
            return TEAM_VERBS.contains(previous) || previous.equals("with") && before.size() > 1
                    && Set.of("drew", "draw", "drawn").contains(lower(before.get(1)));
        }

        /**
         * A one-word "person" that is a side of a fixture or a two-sided result ("Carlisle v Hull", "Bolton 3
         * Norwich 1"): a club named after its town, which the tagger takes for a surname.
         */
        private boolean isSideOfFixture(NerSpan span) {
            if (layout.tokens(span.begin(), span.end()).size() != 1) {
                return false;
            }
            List<Token> before = layout.tokensBefore(span.begin(), 1);
            List<Token> after = layout.tokensAfter(span.end(), 1);
            if (!before.isEmpty() && FIXTURE_WORDS.contains(lower(before.get(0)))
                    || !after.isEmpty() && FIXTURE_WORDS.contains(lower(after.get(0))) || afterWrappedFixture(span)) {
                return true;
            }
            int lineBegin = text.lastIndexOf('\n', span.begin() - 1) + 1;
            int lineEnd = text.indexOf('\n', span.end());
            Matcher result = TWO_SIDED_RESULT.matcher(text).region(lineBegin, lineEnd < 0 ? text.length() : lineEnd);
            // a side itself, not a scorer named after the result ("Nantes 0 Lens 1 (Smicer 52nd)")
            return result.matches() && Set.of(result.start("first"), result.start("second")).contains(span.begin())
                    && Set.of(result.end("first"), result.end("second")).contains(span.end());
        }

        /**
         * Whether the span starts its line and the line before ends in "v": a list of fixtures wrapped between the
         * two sides ("Bournemouth v" then "Peterborough, Bury v Bristol City").
         */
        private boolean afterWrappedFixture(NerSpan span) {
            int lineBreak = text.lastIndexOf('\n', span.begin() - 1);
            if (lineBreak <= 0 || !layout.tokensBefore(span.begin(), 1).isEmpty()) {
                return false;
            }
            List<Token> previousLine = layout.tokensBefore(lineBreak, 1);
            return !previousLine.isEmpty() && FIXTURE_WORDS.contains(lower(previousLine.get(0)));
        }

        /** Media and product words next to a span override the tagger; {@code otherwise} may be null (drop). */
        private void classifyByContext(NerSpan span, EntityType otherwise) {
            List<Token> after = layout.tokensAfter(span.end(), 2);
            if (isProduct(after)) {
                return;
            }
            if (!after.isEmpty() && MEDIA_WORDS.contains(lower(after.get(0)))) {
                Token media = after.get(0);
                boolean partOfName = Character.isUpperCase(media.text().charAt(0));
                add(new Candidate(EntityType.ORGANIZATION, span.begin(), partOfName ? media.end() : span.end(),
                        null, NAME));
            } else if (isMediaApposition(span, after)) {
                add(new Candidate(EntityType.ORGANIZATION, span.begin(), span.end(), null, NAME));
            } else if (otherwise != null) {
                add(new Candidate(otherwise, span.begin(), span.end(), null, NAME));
            }
        }

        /** "the Bayraktar drone", "a Kalashnikov AK-47 rifle": a brand or model, not an entity. */
        private boolean isProduct(List<Token> after) {
            if (after.isEmpty()) {
                return false;
            }
            boolean modelCode = MODEL_CODE.matcher(after.get(0).text()).matches() && after.size() > 1;
            return PRODUCT_WORDS.contains(lower(after.get(modelCode ? 1 : 0)));
        }

        /** "the website Fararo", "a news website, Fararo, pledged". */
        private boolean isMediaApposition(NerSpan span, List<Token> after) {
            List<Token> before = layout.tokensBefore(span.begin(), 2);
            if (before.isEmpty()) {
                return false;
            }
            boolean bracketedByCommas = before.size() == 2 && before.get(0).text().equals(",")
                    && !after.isEmpty() && after.get(0).text().equals(",");
            return MEDIA_WORDS.contains(lower(before.get(bracketedByCommas ? 1 : 0)));
        }

        /** "Jane Roe is a research associate", "Jane Roe said": the tagger's location is a person. */
        private boolean looksLikeSpeakingPerson(NerSpan span) {
            List<Token> words = layout.tokens(span.begin(), span.end());
            List<Token> after = layout.tokensAfter(span.end(), 2);
            if (words.size() < 2 || words.size() > 3 || after.size() < 2
                    || !words.stream().allMatch(w -> NAME_WORD.matcher(w.text()).matches())) {
                return false;
            }
            String next = lower(after.get(0));
            return SPEECH_VERBS.contains(next)
                    || Set.of("is", "was", ",").contains(next) && ARTICLES.contains(lower(after.get(1)));
        }

        /**
         * "Supreme Leader of Iran Ayatollah X" tagged as one organization: from the last run of title words on it
         * is a person, if the name after the titles is short and names a person the article mentions elsewhere.
         * The part before is left to the gazetteer scan.
         */
        private boolean splitAtTitle(NerSpan span) {
            if (span.label().equals("PERSON")) {
                return false;
            }
            List<Token> words = layout.tokens(span.begin(), span.end());
            int name = words.size();
            while (name > 0 && !PersonNames.isTitle(words.get(name - 1).text())) {
                name--;
            }
            int title = name - 1;
            while (title > 0 && PersonNames.isTitle(words.get(title - 1).text())) {
                title--;
            }
            if (title < 0 || name == words.size() || words.size() - name > MAX_PERSON_WORDS
                    || !mentionsPerson(text.substring(words.get(name).begin(), span.end()), span, false)) {
                return false;
            }
            claim(words.get(title).begin(), span.end());
            add(new Candidate(EntityType.PERSON, words.get(title).begin(), span.end(), null, NAME));
            return true;
        }

        /** "Iran Hassan Rouhani", "Ukraine X": a country or demonym glued to the front of a person. */
        private boolean splitAtCountry(NerSpan span) {
            List<Token> words = layout.tokens(span.begin(), span.end());
            for (int k = words.size() - 1; k >= 1; k--) {
                String prefix = text.substring(span.begin(), words.get(k - 1).end());
                Optional<CountryGazetteer.Country> country = country(prefix)
                        .or(() -> countries.byDemonym(prefix).filter(c -> !prefix.contains(" ")));
                String rest = text.substring(words.get(k).begin(), span.end());
                boolean restIsPerson = span.label().equals("PERSON") && words.size() - k >= 2
                        || mentionsPerson(rest, span, span.label().equals("PERSON"));
                if (country.isPresent() && restIsPerson) {
                    claim(span.begin(), span.end());
                    add(country(span.begin(), words.get(k - 1).end(), country.get(), NAME));
                    add(new Candidate(EntityType.PERSON, words.get(k).begin(), span.end(), null, NAME));
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether another tagger span names a person with the surname of {@code name}; when the span in question
         * is itself tagged a person, only a different full name counts, so "Chad Smith" is not split on "Smith".
         */
        private boolean mentionsPerson(String name, NerSpan except, boolean fullNameOnly) {
            String surname = PersonNames.surnameKey(name);
            String whole = PersonNames.fold(PersonNames.stripTitles(except.text()));
            return spans.stream().filter(s -> s != except && s.label().equals("PERSON"))
                    .map(s -> PersonNames.stripTitles(s.text()))
                    .filter(s -> !fullNameOnly || s.contains(" "))
                    .anyMatch(s -> PersonNames.surnameKey(s).equals(surname) && !PersonNames.fold(s).equals(whole));
        }

        private void addSeat(int begin, int end, String extractor) {
            claim(begin, end);
            String surface = text.substring(begin, end);
            if (isBuilding(surface)) {
                add(new Candidate(EntityType.ORGANIZATION, begin, end, null, extractor));
            } else {
                country(surface).ifPresent(c -> add(country(begin, end, c, extractor)));
            }
        }

        /**
         * A seat of government that is a building or office ("the Kremlin", "the White House", "Downing Street")
         * is an organization; a capital city ("Tehran", "Berlin") always stands for its country, whatever the
         * article around it says.
         */
        private boolean isBuilding(String seat) {
            return countries.isGovernmentBuilding(seat);
        }

        /**
         * Clubs the tagger left untagged beside clubs it tagged: the other side of a fixture or results line
         * ("Reading v Stoke", "Stoke 2 Manchester City 1" with "Manchester City" an organization), and the name of a
         * standings row in a block of rows whose other names are organizations and none a person. A country or
         * home nation is left to the country rules (national teams are named by their place).
         */
        private void scanClubs() {
            for (Pattern pairs : List.of(FIXTURE, RESULT_LINE)) {
                Matcher pair = pairs.matcher(text);
                while (pair.find()) {
                    addClubBeside(pair.start("first"), pair.end("first"), pair.start("second"), pair.end("second"));
                    addClubBeside(pair.start("second"), pair.end("second"), pair.start("first"), pair.end("first"));
                }
            }
            List<TableRow> block = new ArrayList<>();
            Matcher row = TABLE_ROW.matcher(text);
            while (row.find()) {
                if (!block.isEmpty() && !text.substring(block.get(block.size() - 1).end(), row.start()).isBlank()) {
                    addClubsOfTable(block);
                    block.clear();
                }
                block.add(new TableRow(row.start("first"), row.end("first"), row.end()));
            }
            addClubsOfTable(block);
        }

        private void addClubsOfTable(List<TableRow> rows) {
            List<Candidate> names = found.stream()
                    .filter(c -> rows.stream().anyMatch(r -> c.overlaps(r.nameBegin(), r.nameEnd()))).toList();
            if (names.stream().anyMatch(c -> c.type() == EntityType.ORGANIZATION)
                    && names.stream().noneMatch(c -> c.type() == EntityType.PERSON)) {
                rows.forEach(r -> addClub(r.nameBegin(), r.nameEnd()));
            }
        }

        private void addClubBeside(int clubBegin, int clubEnd, int begin, int end) {
            if (found.stream().anyMatch(c -> c.type() == EntityType.ORGANIZATION && c.overlaps(clubBegin, clubEnd))) {
                addClub(begin, end);
            }
        }

        /** An untagged name that is not a country or home nation is a club. */
        private void addClub(int begin, int end) {
            String name = text.substring(begin, end);
            if (isFree(begin, end) && country(name).isEmpty()
                    && !NATIONS_WITHOUT_CODE.contains(name.toLowerCase(Locale.ROOT))) {
                claim(begin, end);
                add(new Candidate(EntityType.ORGANIZATION, begin, end, null, NAME));
            }
        }

        /**
         * In a press review (its lead says "press" or "newspapers", and two or more papers head dashed lines), the
         * papers heading the dashed lines of their stories (or following a "---" separator), which the tagger often
         * misses in capitals ("THAWRA") or takes for a person or place ("LE TEMPS", "JORDAN TIMES"); a line that is
         * a country's name or a section heading ("FRONT PAGE") is not a paper.
         */
        private List<Candidate> papersOfPressReview() {
            Matcher lead = LEAD.matcher(text);
            if (!lead.lookingAt() || !PRESS_REVIEW.matcher(lead.group()).find()) {
                return List.of();
            }
            List<Candidate> papers = new ArrayList<>();
            for (Pattern layoutOfReview : List.of(PAPER_LINE, PAPER_AFTER_SEPARATOR)) {
                Matcher line = layoutOfReview.matcher(text);
                while (line.find()) {
                    boolean section = layout.tokens(line.start("name"), line.end("name")).stream()
                            .anyMatch(w -> SECTION_WORDS.contains(lower(w)));
                    if (!section && country(line.group("name")).isEmpty()) {
                        papers.add(new Candidate(EntityType.ORGANIZATION, line.start("name"), line.end("name"), null,
                                NAME));
                    }
                }
            }
            List<Candidate> distinct = papers.stream().distinct().toList();
            return distinct.size() >= MIN_PAPERS ? distinct : List.of(); // a review quotes several papers
        }

        /**
         * Organizations the tagger missed that their form gives away: an institution ("Ministry of Foreign
         * Affairs", "Strategic Council on Foreign Relations") and a capitalized word before "News" ("Sky News").
         */
        private void scanOrganizations() {
            for (Pattern pattern : List.of(INSTITUTION, MEDIA_NAME)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    int begin = m.start();
                    Matcher the = LEADING_THE.matcher(m.group());
                    if (the.find()) {
                        begin += the.end();
                    }
                    // "Yemeni Ministry of ...", "Iran Ministry of ...": the country is not part of the name
                    for (Token word : layout.tokens(begin, m.end())) {
                        if (country(word.text()).or(() -> countries.byDemonym(word.text())).isEmpty()) {
                            break;
                        }
                        begin = layout.tokensAfter(word.end(), 1).get(0).begin();
                    }
                    int b = begin;
                    List<Candidate> inside = found.stream().filter(c -> c.overlaps(b, m.end())).toList();
                    boolean extendsOrganization = !inside.isEmpty() && inside.stream().allMatch(c ->
                            c.type() == EntityType.ORGANIZATION && c.begin() >= b && c.end() <= m.end());
                    if ((isFree(begin, m.end()) || extendsOrganization && !layout.inCredit(begin))
                            && !layout.inHeadline(begin)) {
                        found.removeAll(inside); // the tagger's "Strategic Council" of "... on Foreign Relations"
                        claim(begin, m.end());
                        add(new Candidate(EntityType.ORGANIZATION, begin, m.end(), null, NAME));
                    }
                }
            }
        }

        /** Countries the tagger missed or hid in hyphenated words: names, seats and demonyms outside its spans. */
        private void scanCountries() {
            List<MatchResult> words = COUNTRY_WORD.matcher(text).results().toList();
            for (int i = 0; i < words.size(); i++) {
                i += scanCountryAt(words, i);
            }
        }

        /** Tries the longest run of words first; returns how many extra words the match used. */
        private int scanCountryAt(List<MatchResult> words, int i) {
            for (int n = Math.min(MAX_COUNTRY_WORDS, words.size() - i); n >= 1; n--) {
                int begin = words.get(i).start();
                int end = words.get(i + n - 1).end();
                String surface = text.substring(begin, end);
                // words of a multi-word name are separated by single spaces, never by hyphens or line breaks
                if (isFree(begin, end) && surface.split(" ").length == n
                        && addScanned(begin, end, surface, n, qualified(words, i))) {
                    return n - 1;
                }
            }
            return 0;
        }

        /** Whether word {@code i} follows a qualifier word ("West" before "Indian") with a single space between. */
        private boolean qualified(List<MatchResult> words, int i) {
            if (i == 0) {
                return false;
            }
            MatchResult previous = words.get(i - 1);
            return previous.end() + 1 == words.get(i).start() && text.charAt(previous.end()) == ' '
                    && DEMONYM_QUALIFIERS.contains(previous.group().toLowerCase(Locale.ROOT));
        }

        private boolean addScanned(int begin, int end, String surface, int wordCount, boolean qualified) {
            if (surface.length() <= 3 && !surface.equals(surface.toUpperCase(Locale.ROOT))) {
                return false; // "Us", "Man": only capitals make a short word an abbreviation
            }
            if (countries.isSeatOfGovernment(surface)) {
                addSeat(begin, end, GAZETTEER);
                return true;
            }
            Optional<CountryGazetteer.Country> country = country(surface)
                    .or(() -> wordCount > 1 || !qualified ? countries.byDemonym(surface) : Optional.empty());
            country.ifPresent(c -> add(country(begin, end, c, GAZETTEER)));
            return country.isPresent();
        }

        private boolean isFree(int begin, int end) {
            return !layout.inCredit(begin) && claimed.stream().noneMatch(c -> c.overlaps(begin, end));
        }

        /**
         * A country word that is part of another thing's name or a modifier of origin, not a mention of the
         * country: the first word of an event's name ("French Open", "AMERICAN LEAGUE", "Belgian Grand Prix"), a
         * currency ("US$"), or the first part of a compound of origin ("Russian-built", "London-based").
         */
        private boolean namesSomethingElse(Candidate country) {
            String after = text.substring(country.end(), Math.min(text.length(), country.end() + MAX_NAME_TAIL));
            Matcher event = EVENT_NAME.matcher(after);
            return after.startsWith("$") || ORIGIN_COMPOUND.matcher(after).lookingAt()
                    || event.lookingAt() && Character.isUpperCase(event.group(1).charAt(0));
        }

        private boolean notOnlyInHeadline(Candidate candidate) {
            if (candidate.type() == EntityType.COUNTRY || !layout.inHeadline(candidate.begin())
                    || candidate.type() == EntityType.PERSON && layout.isWholeLine(candidate.begin(), candidate.end())) {
                return true;
            }
            return layout.occursInBody(text.substring(candidate.begin(), candidate.end()));
        }

        private List<ExtractedMention> normalize(List<Candidate> candidates) {
            List<String> personNames = PersonNames.resolve(candidates.stream()
                    .filter(c -> c.type() == EntityType.PERSON).map(this::surface).toList());
            Map<String, String> acronyms = new HashMap<>(Acronyms.definedIn(text));
            acronymsBesideTheirOrganization(candidates).forEach(acronyms::putIfAbsent);
            List<ExtractedMention> mentions = new ArrayList<>();
            int person = 0;
            for (Candidate c : candidates) {
                String normalized = switch (c.type()) {
                    case PERSON -> personNames.get(person++);
                    case COUNTRY -> c.code();
                    default -> organizationName(surface(c), acronyms);
                };
                mentions.add(new ExtractedMention(c.type(), c.begin(), c.end(), surface(c), normalized,
                        c.extractor()));
            }
            return mentions;
        }

        /**
         * Acronyms in parentheses right after an organization, or an organization in parentheses right after an
         * acronym: "Kurdistan Workers Party (PKK)", "ETA (Basque Homeland and Freedom)". The article defines the
         * acronym even when its letters spell a name in another language, which {@link Acronyms} cannot check.
         */
        private Map<String, String> acronymsBesideTheirOrganization(List<Candidate> candidates) {
            Map<String, String> out = new HashMap<>();
            List<Candidate> organizations = candidates.stream()
                    .filter(c -> c.type() == EntityType.ORGANIZATION).toList();
            for (int i = 1; i < organizations.size(); i++) {
                Candidate first = organizations.get(i - 1);
                Candidate inParentheses = organizations.get(i);
                if (!OPENING_PARENTHESIS.matcher(text.substring(first.end(), inParentheses.begin())).matches()
                        || !CLOSING_PARENTHESIS.matcher(text).region(inParentheses.end(), text.length()).lookingAt()) {
                    continue;
                }
                String a = organizationName(surface(first), Map.of());
                String b = organizationName(surface(inParentheses), Map.of());
                if (Acronyms.isAcronym(b) && !Acronyms.isAcronym(a)) {
                    out.put(b, a);
                } else if (Acronyms.isAcronym(a) && !Acronyms.isAcronym(b)) {
                    out.put(a, b);
                }
            }
            return out;
        }

        private String surface(Candidate candidate) {
            return text.substring(candidate.begin(), candidate.end());
        }

        private void add(Candidate candidate) {
            found.add(candidate);
        }

        private void claim(int begin, int end) {
            claimed.add(new Candidate(null, begin, end, null, null));
        }
    }

    private static String organizationName(String surface, Map<String, String> acronyms) {
        String name = LEADING_THE.matcher(surface).replaceFirst("");
        return acronyms.getOrDefault(name, name);
    }

    /** In text order; of overlapping candidates the earlier, then longer one wins. */
    private static List<Candidate> nonOverlapping(List<Candidate> candidates) {
        List<Candidate> sorted = candidates.stream().sorted(Comparator.comparingInt(Candidate::begin)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed())).toList();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= c.begin()) {
                kept.add(c);
            }
        }
        return kept;
    }

    private Optional<CountryGazetteer.Country> country(String surface) {
        return countries.byName(surface);
    }

    private static Candidate country(int begin, int end, CountryGazetteer.Country country, String extractor) {
        return new Candidate(EntityType.COUNTRY, begin, end, country.code(), extractor);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
