package org.newsbrowser.entity;

/**
 * How much an article is about an entity rather than naming it in passing, for ranking an entity's articles:
 *
 * <pre>
 * aboutness = 3 × [named in the headline] + 2 × [named in the lead] + min(3, mentions per 1,000 characters of text)
 * </pre>
 *
 * News puts its subject in the headline and the lead, so those weigh most; the mention rate rewards an article that
 * keeps returning to the entity, normalised by length so that a long feature naming someone four times in passing
 * does not outrank a short report about them, and capped so that frequency alone never outweighs the headline.
 * An article is <em>about</em> the entity when its score reaches {@link #ABOUT} (named in the lead or the headline,
 * or at least two mentions per 1,000 characters: six in a typical 3,000-character story); below it the entity is
 * mentioned in passing.
 */
public final class Aboutness {

    /** The score from which an article counts as about the entity. */
    public static final double ABOUT = 2.0;

    /** The score of an appearance (stored with it, so that an entity's articles are read in this order). */
    public static double score(boolean inHeadline, boolean inLead, int mentionCount, int textLength) {
        double mentionRate = textLength == 0 ? 0.0 : Math.min(3.0, 1000.0 * mentionCount / textLength);
        return (inHeadline ? 3.0 : 0.0) + (inLead ? 2.0 : 0.0) + mentionRate;
    }

    private Aboutness() {
    }

    /** Whether a score says the article is about the entity rather than mentioning it in passing. */
    public static boolean isAbout(double score) {
        return score >= ABOUT;
    }
}
