package org.newsbrowser.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsbrowser.extract.CountryGazetteer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CoNLL-2003 {@code testa_docs/}: {@code testa_NNNN.txt} (line 1 the headline) and {@code testa_NNNN.json} with the
 * document's distinct PER, ORG, LOC and MISC strings. Gold people and organizations are the PER and ORG strings;
 * gold countries are the LOC strings {@link #countryCode} maps to a country; other LOC strings are kept as other
 * places; MISC demonyms of a country are kept apart, for the "with demonyms" country score.
 */
public final class ConllTestaCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConllTestaCorpus() {
    }

    public static List<EvalDocument> load(Path dir, CountryGazetteer gazetteer) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().matches("testa_\\d+\\.txt")).sorted()
                    .toList();
            List<EvalDocument> docs = new ArrayList<>();
            for (Path txt : texts) {
                String id = txt.getFileName().toString().replace(".txt", "");
                JsonNode entities = JSON.readTree(Files.readString(txt.resolveSibling(id + ".json"),
                        StandardCharsets.UTF_8)).get("entities");
                docs.add(document(id, Files.readString(txt, StandardCharsets.UTF_8), names(entities, "PER"),
                        names(entities, "ORG"), names(entities, "LOC"), names(entities, "MISC"), gazetteer));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CoNLL document with its gold: PER and ORG strings are people and organizations; LOC strings that
     * {@link #countryCode} maps are countries, the other LOC strings other places; MISC strings that are the demonym
     * of a country ({@link #demonymCountry}) give the extra gold of the "with demonyms" country score.
     */
    static EvalDocument document(String id, String text, List<String> per, List<String> org, List<String> loc,
            List<String> misc, CountryGazetteer gazetteer) {
        Set<String> countries = new LinkedHashSet<>();
        List<String> other = new ArrayList<>();
        for (String l : loc) {
            countryCode(l, gazetteer).ifPresentOrElse(countries::add, () -> other.add(l));
        }
        Set<String> demonyms = new LinkedHashSet<>();
        misc.forEach(m -> demonymCountry(m, gazetteer).ifPresent(demonyms::add));
        return new EvalDocument(id, text, per.stream().map(ConllTestaCorpus::single).toList(),
                org.stream().map(ConllTestaCorpus::single).toList(), countries, other, true, demonyms);
    }

    /**
     * The country a MISC string is the demonym of ("Australian", "Iranians"), by {@link CountryGazetteer#byDemonym}
     * of the whole string, so "West Indian" (no country's demonym) gives nothing.
     */
    public static java.util.Optional<String> demonymCountry(String misc, CountryGazetteer gazetteer) {
        return gazetteer.byDemonym(misc).map(CountryGazetteer.Country::code);
    }

    /**
     * The country a location string names: {@link CountryGazetteer#byName} of the exact string. As in the app, a
     * capital or seat of government stands for its country ("LONDON" in a dateline is GB, "Tehran" is IR). The same
     * rule serves gold LOC strings and raw CoreNLP LOCATION spans.
     */
    public static java.util.Optional<String> countryCode(String location, CountryGazetteer gazetteer) {
        return gazetteer.byName(location).map(CountryGazetteer.Country::code);
    }

    private static List<String> names(JsonNode entities, String type) {
        List<String> out = new ArrayList<>();
        JsonNode list = entities.get(type);
        if (list != null) {
            list.forEach(e -> out.add(e.get("text").asString()));
        }
        return out;
    }

    private static Set<String> single(String name) {
        return new LinkedHashSet<>(List.of(name));
    }
}
