package org.newsbrowser.relation;

import java.util.ArrayList;
import java.util.List;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.extract.Sentences;

/**
 * A sentence naming both entities of a relationship, cut into plain text and their mentions.
 *
 * @param articleId the article it is in
 * @param begin     its offset in the article's cleaned text
 * @param pieces    the sentence as runs of plain text ({@code entity} null) and mentions
 */
public record SharedSentence(Long articleId, int begin, int end, List<Piece> pieces) {

    /** A run of the sentence starting at {@code begin} in the article text. */
    public record Piece(String text, NamedEntity entity, int begin) {
    }

    /** The sentence's whole text. */
    public String getText() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(p.text()));
        return text.toString();
    }

    /** The link to the sentence's first mention in its article. */
    public String getUrl() {
        int anchor = pieces.stream().filter(p -> p.entity() != null).mapToInt(Piece::begin).findFirst().orElse(begin);
        return "/articles/" + articleId + "#m" + anchor;
    }

    /**
     * The sentences of an article naming both entities.
     *
     * @param mentions the article's mentions of the two entities, in text order
     */
    static List<SharedSentence> of(Long articleId, String text, List<Mention> mentions, NamedEntity a, NamedEntity b) {
        List<SharedSentence> shared = new ArrayList<>();
        for (Sentences.Span span : Sentences.of(text)) {
            List<Mention> inside = mentions.stream()
                    .filter(m -> m.getBegin() >= span.begin() && m.getEnd() <= span.end()).toList();
            boolean both = inside.stream().anyMatch(m -> m.getEntity().getId().equals(a.getId()))
                    && inside.stream().anyMatch(m -> m.getEntity().getId().equals(b.getId()));
            if (both) {
                shared.add(new SharedSentence(articleId, span.begin(), span.end(), pieces(text, span, inside)));
            }
        }
        return shared;
    }

    private static List<Piece> pieces(String text, Sentences.Span span, List<Mention> mentions) {
        List<Piece> pieces = new ArrayList<>();
        int position = span.begin();
        for (Mention m : mentions) {
            if (m.getBegin() > position) {
                pieces.add(new Piece(text.substring(position, m.getBegin()), null, position));
            }
            pieces.add(new Piece(text.substring(m.getBegin(), m.getEnd()), m.getEntity(), m.getBegin()));
            position = m.getEnd();
        }
        if (position < span.end()) {
            pieces.add(new Piece(text.substring(position, span.end()), null, position));
        }
        return pieces;
    }
}
