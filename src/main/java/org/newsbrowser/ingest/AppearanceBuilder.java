package org.newsbrowser.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsbrowser.article.Article;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.NameKey;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.extract.Prominence;

/**
 * Sums an article's mentions into one {@link Appearance} per entity: how many, the first, whether the entity is
 * prominent ({@link Prominence}), named in the headline or the lead, and the text length, which the aboutness score
 * needs. Used by ingest and by curation when an undone merge gives mentions back to an entity.
 */
public final class AppearanceBuilder {

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AppearanceBuilder() {
    }

    /**
     * The appearances of the entities the mentions resolve to, in order of first mention.
     *
     * @param found    mentions of the article's text, in text order; all of an entity's mentions must be among them
     * @param entityOf the entity each mention resolves to
     */
    public static List<Appearance> of(Article article, List<ExtractedMention> found,
                                      Function<ExtractedMention, NamedEntity> entityOf) {
        String text = article.getBody();
        Set<Prominence.Key> prominentKeys = Prominence.of(text, found);
        int leadEnd = Prominence.leadEnd(text);
        String headline = " " + words(article.getTitle()) + " ";
        Map<NamedEntity, Sums> sums = new LinkedHashMap<>();
        for (ExtractedMention m : found) {
            Sums s = sums.computeIfAbsent(entityOf.apply(m), e -> new Sums());
            s.count++;
            s.first = Math.min(s.first, m.begin());
            s.prominent |= prominentKeys.contains(Prominence.Key.of(m));
            s.inLead |= m.begin() < leadEnd;
            s.inHeadline |= headline.contains(" " + words(m.text()).strip() + " ");
        }
        List<Appearance> appearances = new ArrayList<>();
        sums.forEach((entity, s) -> appearances.add(new Appearance(article, entity, s.count, s.first, s.prominent,
                new Appearance.Placement(s.inHeadline, s.inLead, text.length()))));
        return appearances;
    }

    /** The name key of a text with each run of other characters than letters and digits made one space. */
    private static String words(String text) {
        return NOT_LETTERS_OR_DIGITS.matcher(NameKey.of(text)).replaceAll(" ");
    }

    private static final class Sums {
        int count;
        int first = Integer.MAX_VALUE;
        boolean prominent;
        boolean inHeadline;
        boolean inLead;
    }
}
