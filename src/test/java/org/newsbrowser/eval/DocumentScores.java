package org.newsbrowser.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrowser.extract.PersonNames;

/**
 * Document-level scoring of distinct entities, as issue 3 defines it.
 *
 * <p>Gold entities are clusters of names that refer to one entity. Before scoring, gold clusters of one document
 * are merged: names equal after folding (case, accents, spacing; a leading "the" for organizations), a surname-only
 * person with the full name carrying that surname ({"Clinton", "Bill Clinton"} is one person), an acronym with the
 * long form the document defines for it ("National Iranian Oil Company (NIOC)").
 *
 * <p>Predictions are distinct strings. Each is matched to a gold cluster, exact names first: a person matches by
 * folded name, or as the surname-only form of a full name (either side) when that full name occurs in the document;
 * an organization by folded name without a leading "the", or as the acronym of a long form the document defines;
 * a country by ISO code. Each gold cluster counts once: a second prediction matching an already matched cluster is
 * a false positive and a <em>split</em> (one entity listed twice).
 */
public final class DocumentScores {

    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern TRAILING_STOP = Pattern.compile("\\.$");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&]{1,9}");

    private DocumentScores() {
    }

    /** The outcome for one type in one document: counts plus the names behind the errors, for the error lists. */
    public record Result(Score score, List<String> missed, List<String> falsePositives) {
    }

    // ---------------------------------------------------------------------------------------------- people

    /** Folded: lower case, no accents, single spaces, one kind of apostrophe. */
    public static String personKey(String name) {
        return PersonNames.fold(SPACES.matcher(APOSTROPHES.matcher(name.strip()).replaceAll("'")).replaceAll(" "));
    }

    /** Gold people of a document merged into one cluster per person. */
    public static List<Set<String>> personClusters(Collection<? extends Collection<String>> gold) {
        List<Set<String>> clusters = mergeEqual(gold, DocumentScores::personKey);
        List<Set<String>> full = clusters.stream().filter(c -> c.stream().anyMatch(n -> n.contains(" "))).toList();
        List<Set<String>> out = new ArrayList<>(full);
        for (Set<String> cluster : clusters) {
            if (full.contains(cluster)) {
                continue;
            }
            String surname = PersonNames.surnameKey(cluster.iterator().next());
            Set<String> owner = full.stream()
                    .filter(f -> f.stream().anyMatch(n -> n.contains(" ") && PersonNames.surnameKey(n).equals(surname)))
                    .findFirst().orElse(null);
            if (owner == null) {
                out.add(cluster);
            } else {
                owner.addAll(cluster);
            }
        }
        return out;
    }

    public static Result people(Collection<? extends Collection<String>> gold, Collection<String> predicted,
            String text) {
        String foldedText = personKey(text);
        return match(personClusters(gold), predicted, DocumentScores::personKey,
                (p, name) -> surnameForm(p, name, foldedText));
    }

    /** One of the two is a single word, the other a longer name with that surname that the document contains. */
    static boolean surnameForm(String a, String b, String foldedText) {
        String ka = personKey(a);
        String kb = personKey(b);
        boolean aSingle = !ka.contains(" ");
        boolean bSingle = !kb.contains(" ");
        if (aSingle == bSingle || !PersonNames.surnameKey(ka).equals(PersonNames.surnameKey(kb))) {
            return false;
        }
        return foldedText.contains(aSingle ? kb : ka);
    }

    // ---------------------------------------------------------------------------------------- organizations

    /**
     * Folded like a person's name, without a leading "the" and without a closing full stop: CoNLL splits the full
     * stop of "Co." off at a sentence end, so gold "Walt Disney Co" is the tagger's "Walt Disney Co.".
     */
    public static String organizationKey(String name) {
        return TRAILING_STOP.matcher(LEADING_THE.matcher(personKey(name)).replaceFirst("")).replaceFirst("");
    }

    /** Gold organizations of a document merged: equal names, and acronyms with their defined long forms. */
    public static List<Set<String>> organizationClusters(Collection<? extends Collection<String>> gold, String text) {
        List<Set<String>> clusters = mergeEqual(gold, DocumentScores::organizationKey);
        String foldedText = personKey(text);
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> cluster : clusters) {
            Set<String> into = out.stream().filter(o -> o.stream()
                    .anyMatch(a -> cluster.stream().anyMatch(b -> acronymDefined(a, b, foldedText))))
                    .findFirst().orElse(null);
            if (into == null) {
                out.add(cluster);
            } else {
                into.addAll(cluster);
            }
        }
        return out;
    }

    public static Result organizations(Collection<? extends Collection<String>> gold, Collection<String> predicted,
            String text) {
        String foldedText = personKey(text);
        return match(organizationClusters(gold, text), predicted, DocumentScores::organizationKey,
                (p, name) -> acronymDefined(p, name, foldedText));
    }

    /** One is an acronym, the other a long form, and the document writes "Long Form (ACR)" or "ACR (Long Form)". */
    static boolean acronymDefined(String a, String b, String foldedText) {
        String acronym;
        String longForm;
        if (ACRONYM.matcher(a.strip()).matches() && !ACRONYM.matcher(b.strip()).matches()) {
            acronym = a;
            longForm = b;
        } else if (ACRONYM.matcher(b.strip()).matches() && !ACRONYM.matcher(a.strip()).matches()) {
            acronym = b;
            longForm = a;
        } else {
            return false;
        }
        String acr = personKey(acronym);
        String full = organizationKey(longForm);
        return foldedText.contains(full + " (" + acr + ")") || foldedText.contains(acr + " (" + full + ")")
                || foldedText.contains(full + " (the " + acr + ")");
    }

    // -------------------------------------------------------------------------------------------- countries

    public static Result countries(Collection<String> gold, Collection<String> predicted) {
        List<Set<String>> clusters = gold.stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct()
                .map(c -> (Set<String>) new LinkedHashSet<>(List.of(c))).toList();
        return match(clusters, predicted, c -> c.toUpperCase(Locale.ROOT), (p, g) -> false);
    }

    // --------------------------------------------------------------------------------------------- matching

    interface Loose {
        boolean matches(String predicted, String goldName);
    }

    interface Key {
        String of(String name);
    }

    private static List<Set<String>> mergeEqual(Collection<? extends Collection<String>> gold, Key key) {
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        List<Set<String>> clusters = new ArrayList<>();
        for (Collection<String> entity : gold) {
            Set<String> target = entity.stream().map(key::of).map(byKey::get).filter(c -> c != null).findFirst()
                    .orElse(null);
            if (target == null) {
                target = new LinkedHashSet<>();
                clusters.add(target);
            }
            for (String name : entity) {
                target.add(name);
                byKey.putIfAbsent(key.of(name), target);
            }
        }
        return clusters;
    }

    private static Result match(List<Set<String>> clusters, Collection<String> predicted, Key key, Loose loose) {
        Map<String, String> predictions = new LinkedHashMap<>();
        for (String p : predicted) {
            predictions.putIfAbsent(key.of(p), p);
        }
        boolean[] matched = new boolean[clusters.size()];
        int tp = 0;
        int splits = 0;
        List<String> falsePositives = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (Map.Entry<String, String> p : predictions.entrySet()) {
            int exact = find(clusters, name -> key.of(name).equals(p.getKey()), matched);
            if (exact < 0) {
                pending.add(p.getValue());
            } else if (!matched[exact]) {
                matched[exact] = true;
                tp++;
            } else {
                splits++;
                falsePositives.add(p.getValue());
            }
        }
        for (String p : pending) {
            int hit = find(clusters, name -> loose.matches(p, name), matched);
            if (hit >= 0 && !matched[hit]) {
                matched[hit] = true;
                tp++;
            } else {
                splits += hit >= 0 ? 1 : 0;
                falsePositives.add(p);
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (!matched[i]) {
                missed.add(clusters.get(i).iterator().next());
            }
        }
        return new Result(new Score(tp, falsePositives.size(), missed.size(), splits), missed, falsePositives);
    }

    /** The first unmatched cluster with a name satisfying the test, else the first matched one, else -1. */
    private static int find(List<Set<String>> clusters, java.util.function.Predicate<String> test, boolean[] matched) {
        int any = -1;
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).stream().anyMatch(test)) {
                if (!matched[i]) {
                    return i;
                }
                any = any < 0 ? i : any;
            }
        }
        return any;
    }
}
