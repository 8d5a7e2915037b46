package org.newsbrowser.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsbrowser.extract.CountryGazetteer;
import org.newsbrowser.ingest.ReutersSgml;

/**
 * Reuters-21578 ({@code reut2-000.sgm} .. {@code reut2-021.sgm}): the {@code <REUTERS>} records with a
 * {@code <BODY>} and at least one {@code <PLACES>} entry that maps to a country. The text both systems see is the
 * story as a reader would: title, blank line, dateline and body, entities decoded, control characters removed and
 * the 70-column hard wrap undone (a new paragraph starts at an indented line).
 */
public final class Reuters21578Corpus {

    /** One story as stored. */
    public record Story(String id, String title, String dateline, String body, List<String> places) {

        /** Title, blank line, then dateline and body with paragraphs joined back from their hard-wrapped lines. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            if (!title.isBlank()) {
                sb.append(oneLine(title)).append("\n\n");
            }
            String lead = dateline.isBlank() ? "" : oneLine(dateline) + " ";
            sb.append(lead).append(String.join("\n\n", ReutersSgml.paragraphs(body)));
            return sb.toString().strip();
        }
    }

    /**
     * Reuters place codes whose spelling is not a name the gazetteer knows: historical states and abbreviations.
     * Successor states stand for the historical ones (the USSR is Russia, both Germanies are Germany, Yugoslavia is
     * Serbia, Czechoslovakia is Czechia, Kampuchea is Cambodia, Zaire is DR Congo, the two Yemens are Yemen); the
     * dissolved Netherlands Antilles is Curaçao, its seat.
     */
    static final Map<String, String> PLACE_CODES = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("uk", "GB"), Map.entry("uae", "AE"), Map.entry("ussr", "RU"),
            Map.entry("west-germany", "DE"), Map.entry("east-germany", "DE"), Map.entry("yugoslavia", "RS"),
            Map.entry("czechoslovakia", "CZ"), Map.entry("kampuchea", "KH"), Map.entry("zaire", "CD"),
            Map.entry("burma", "MM"), Map.entry("yemen-arab-republic", "YE"), Map.entry("yemen-demo-republic", "YE"),
            Map.entry("netherlands-antilles", "CW"), Map.entry("trinidad-tobago", "TT"), Map.entry("ivory-coast", "CI"),
            Map.entry("congo", "CG"), Map.entry("macao", "MO"), Map.entry("vatican", "VA"),
            Map.entry("western-samoa", "WS"), Map.entry("us-virgin-islands", "VI"),
            Map.entry("british-virgin-islands", "VG"), Map.entry("antigua", "AG"), Map.entry("guinea-bissau", "GW"));

    private static final Pattern RECORD = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern PLACE = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Reuters21578Corpus() {
    }

    /** Every story of the {@code reut2-*.sgm} files with a body and at least one place. */
    public static List<Story> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Story> stories = new ArrayList<>();
            for (Path file : files.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted()
                    .toList()) {
                // ASCII apart from one stray byte in reut2-017; Latin-1 reads every byte.
                String sgml = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                stories.addAll(parse(sgml, file.getFileName().toString()));
            }
            return stories;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stories of one SGML file that have a body and at least one place, in file order. */
    public static List<Story> parse(String sgml, String fileName) {
        List<Story> out = new ArrayList<>();
        Matcher m = RECORD.matcher(sgml);
        while (m.find()) {
            Matcher id = NEWID.matcher(m.group(1));
            String record = m.group(2);
            String body = element(record, "BODY");
            List<String> places = new ArrayList<>();
            Matcher p = PLACE.matcher(element(record, "PLACES"));
            while (p.find()) {
                places.add(p.group(1).strip());
            }
            if (!body.isBlank() && !places.isEmpty()) {
                out.add(new Story(fileName + "#" + (id.find() ? id.group(1) : "?"),
                        ReutersSgml.decode(element(record, "TITLE")), ReutersSgml.decode(element(record, "DATELINE")),
                        ReutersSgml.decode(body), places));
            }
        }
        return out;
    }

    /** The stories' gold countries, places that are not countries ("european-community") dropped. */
    public static Set<String> countries(Story story, CountryGazetteer gazetteer) {
        Set<String> codes = new LinkedHashSet<>();
        story.places().forEach(place -> placeCode(place, gazetteer).ifPresent(codes::add));
        return codes;
    }

    /** A Reuters place code ("west-germany", "south-korea") as an ISO 3166-1 alpha-2 code. */
    public static Optional<String> placeCode(String place, CountryGazetteer gazetteer) {
        String code = PLACE_CODES.get(place);
        if (code != null) {
            return Optional.of(code);
        }
        String name = capitalize(place.replace('-', ' '));
        return gazetteer.byName(name).map(CountryGazetteer.Country::code);
    }

    public static List<EvalDocument> documents(List<Story> stories, CountryGazetteer gazetteer) {
        List<EvalDocument> docs = new ArrayList<>();
        for (Story s : stories) {
            Set<String> countries = countries(s, gazetteer);
            if (!countries.isEmpty()) {
                List<String> other = s.places().stream().filter(p -> placeCode(p, gazetteer).isEmpty()).toList();
                docs.add(new EvalDocument(s.id(), s.text(), List.of(), List.of(), countries, other, false));
            }
        }
        return docs;
    }

    private static String element(String record, String name) {
        int open = record.indexOf("<" + name + ">");
        int close = record.indexOf("</" + name + ">", Math.max(open, 0));
        return open < 0 || close < 0 ? "" : record.substring(open + name.length() + 2, close);
    }

    private static String oneLine(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    private static String capitalize(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
