package org.newsbrowser.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.extract.Acronyms;
import org.newsbrowser.extract.PersonNames;
import org.springframework.stereotype.Component;

/**
 * Finds entities that are probably one, for the review queue: people with the same surname and compatible first
 * names ("V. Putin" and "Vladimir Putin", "Recep Erdogan" and "Recep Tayyip Erdoğan", "Putin" and either), an
 * organization's acronym and its long form ("NATO", "North Atlantic Treaty Organization"), and one name found as two
 * types. Names only, never particular entities; suggestions a curator dismissed are left out.
 */
@Component
class MergeSuggestions {

    /** How many suggestions the queue shows, those touching the most articles first. */
    static final int MAX = 50;

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&]{1,9}");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** What makes one person's name fuller than another's: more first names, then more letters, then more articles. */
    private static final Comparator<EntityCount> FULLNESS =
            Comparator.<EntityCount>comparingInt(c -> givenNames(c.entity()).size())
                    .thenComparingInt(c -> c.entity().getNameKey().length())
                    .thenComparingLong(EntityCount::articles);

    private final NamedEntityRepository entities;
    private final MergeDismissalRepository dismissals;

    MergeSuggestions(NamedEntityRepository entities, MergeDismissalRepository dismissals) {
        this.entities = entities;
        this.dismissals = dismissals;
    }

    /** Why two entities are suggested. */
    enum Reason {
        SAME_PERSON("same surname, compatible first names"),
        ACRONYM("acronym and long form"),
        TWO_TYPES("same name, different types");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * A likely merge of {@code from} into {@code into} (the fuller name, or for acronyms the more mentioned); for
     * {@link Reason#TWO_TYPES} a pair of which the curator may hide one.
     */
    record Suggestion(Reason reason, EntityCount from, EntityCount into) {

        long articles() {
            return from.articles() + into.articles();
        }
    }

    List<Suggestion> find() {
        List<EntityCount> counted = entities.findCounted(
                EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.TOPIC));
        Set<String> dismissed = dismissals.findAll().stream().map(MergeDismissal::pair).collect(Collectors.toSet());
        List<Suggestion> found = new ArrayList<>();
        found.addAll(samePeople(ofType(counted, EntityType.PERSON)));
        found.addAll(acronyms(ofType(counted, EntityType.ORGANIZATION)));
        found.addAll(twoTypes(counted));
        return found.stream()
                .filter(s -> !dismissed.contains(MergeDismissal.pairOf(s.from().entity().getType(),
                        s.from().entity().getNameKey(), s.into().entity().getNameKey())))
                .sorted(Comparator.comparingLong(Suggestion::articles).reversed()
                        .thenComparing(s -> s.into().entity().getName()))
                .limit(MAX)
                .toList();
    }

    private static List<EntityCount> ofType(List<EntityCount> counted, EntityType type) {
        return counted.stream().filter(c -> c.entity().getType() == type).toList();
    }

    static List<Suggestion> samePeople(List<EntityCount> people) {
        Map<String, List<EntityCount>> bySurname = people.stream().collect(Collectors.groupingBy(
                p -> PersonNames.surnameKey(p.entity().getNameKey()), LinkedHashMap::new, Collectors.toList()));
        List<Suggestion> found = new ArrayList<>();
        for (List<EntityCount> group : bySurname.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    EntityCount a = group.get(i);
                    EntityCount b = group.get(j);
                    if (compatibleFirstNames(givenNames(a.entity()), givenNames(b.entity()))) {
                        boolean aFuller = FULLNESS.compare(a, b) > 0;
                        found.add(new Suggestion(Reason.SAME_PERSON, aFuller ? b : a, aFuller ? a : b));
                    }
                }
            }
        }
        return found;
    }

    /** The folded words before the surname, without full stops: "V. Putin" -> [v]. */
    private static List<String> givenNames(NamedEntity person) {
        List<String> words = Arrays.stream(NOT_NAME.split(person.getNameKey().replace("-", " ")))
                .filter(w -> !w.isEmpty()).toList();
        return words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
    }

    /**
     * Whether the shorter list of first names can be read in order within the longer, a name matching itself or
     * its initial ("v" and "vladimir"); no first names match any.
     */
    static boolean compatibleFirstNames(List<String> one, List<String> other) {
        List<String> shorter = one.size() <= other.size() ? one : other;
        List<String> longer = shorter == one ? other : one;
        int next = 0;
        for (String name : shorter) {
            while (next < longer.size() && !sameName(name, longer.get(next))) {
                next++;
            }
            if (next == longer.size()) {
                return false;
            }
            next++;
        }
        return true;
    }

    private static boolean sameName(String a, String b) {
        return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
    }

    static List<Suggestion> acronyms(List<EntityCount> organizations) {
        Map<Character, List<EntityCount>> longFormsByInitial = new HashMap<>();
        for (EntityCount org : organizations) {
            String name = org.entity().getName();
            if (name.strip().contains(" ")) {
                longFormsByInitial.computeIfAbsent(Character.toUpperCase(name.strip().charAt(0)), c -> new ArrayList<>())
                        .add(org);
            }
        }
        List<Suggestion> found = new ArrayList<>();
        for (EntityCount org : organizations) {
            String acronym = org.entity().getName().replace(".", "").strip();
            if (!ACRONYM.matcher(acronym).matches()) {
                continue;
            }
            for (EntityCount longForm : longFormsByInitial.getOrDefault(acronym.charAt(0), List.of())) {
                if (Acronyms.abbreviates(acronym, longForm.entity().getName())) {
                    boolean keepAcronym = org.articles() > longForm.articles();
                    found.add(new Suggestion(Reason.ACRONYM, keepAcronym ? longForm : org, keepAcronym ? org : longForm));
                }
            }
        }
        return found;
    }

    static List<Suggestion> twoTypes(List<EntityCount> counted) {
        Map<String, List<EntityCount>> byKey = counted.stream().collect(Collectors.groupingBy(
                c -> c.entity().getNameKey(), LinkedHashMap::new, Collectors.toList()));
        List<Suggestion> found = new ArrayList<>();
        byKey.values().stream().filter(group -> group.size() > 1).forEach(group -> {
            for (int i = 1; i < group.size(); i++) {
                found.add(new Suggestion(Reason.TWO_TYPES, group.get(i), group.get(0)));
            }
        });
        return found;
    }
}
