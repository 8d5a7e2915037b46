package org.newsbrowser.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search as a user types it, parsed into a tree. The syntax:
 * <ul>
 *   <li>{@code iran sanctions}: words; every word must match (AND is the default). Words match their English
 *       variants ({@code sanction} finds "sanctions"), case and accents aside.</li>
 *   <li>{@code "prime minister"}: an exact phrase, those words in that order.</li>
 *   <li>{@code AND}, {@code OR}, {@code NOT} (upper case; lower case they are words), with parentheses for grouping.
 *       NOT binds tightest, then AND, then OR: {@code a OR b c} is {@code a OR (b AND c)}. A leading {@code -}
 *       is NOT too: {@code -iraq}.</li>
 *   <li>{@code nucl*}: words starting with {@code nucl}, at least {@value #MIN_PREFIX} characters before the star.</li>
 * </ul>
 * Limits, so that no search can be made arbitrarily expensive: {@value #MAX_LENGTH} characters, {@value #MAX_TERMS}
 * words, phrases and prefixes, {@value #MAX_DEPTH} levels of parentheses. Words made only of punctuation are ignored.
 *
 * <p>{@link #parse(String)} is the one entry point: it returns a query or throws
 * {@link InvalidSearchQueryException} with a message for the user, and nothing else, whatever the input.
 */
public final class SearchQuery {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_TERMS = 32;
    public static final int MAX_DEPTH = 8;
    public static final int MIN_PREFIX = 2;

    private final String text;
    private final Node root;

    private SearchQuery(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /**
     * Parses a search.
     *
     * @throws InvalidSearchQueryException when the text is empty, too long, or not valid syntax
     */
    public static SearchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidSearchQueryException("it is empty: type a word to search for");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidSearchQueryException("it is " + text.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        String trimmed = text.strip();
        return new SearchQuery(trimmed, new Parser(Lexer.tokens(trimmed)).parse());
    }

    /** The search as typed, without surrounding spaces. */
    public String text() {
        return text;
    }

    public Node root() {
        return root;
    }

    @Override
    public String toString() {
        return root.toString();
    }

    /** A part of a parsed search. */
    public sealed interface Node permits Word, Phrase, Prefix, And, Or, Not {
    }

    /** A word, to be matched with its English variants. */
    public record Word(String text) implements Node {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Words that must appear together, in order. */
    public record Phrase(String text) implements Node {
        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    /** The start of a word, lower case and without accents, as the index holds words. */
    public record Prefix(String text) implements Node {
        @Override
        public String toString() {
            return text + '*';
        }
    }

    /** Every part must match. */
    public record And(List<Node> parts) implements Node {
        @Override
        public String toString() {
            return "AND" + parts;
        }
    }

    /** At least one part must match. */
    public record Or(List<Node> parts) implements Node {
        @Override
        public String toString() {
            return "OR" + parts;
        }
    }

    /** The part must not match. */
    public record Not(Node part) implements Node {
        @Override
        public String toString() {
            return "NOT(" + part + ')';
        }
    }

    private enum Kind { WORD, PHRASE, PREFIX, AND, OR, NOT, OPEN, CLOSE }

    private record Token(Kind kind, String text) {
    }

    /** Cuts the text into words, phrases, prefixes, operators and parentheses. */
    private static final class Lexer {

        static List<Token> tokens(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
                    i++;
                } else if (c == '"') {
                    i = phrase(text, i, tokens);
                } else if (c == '-' && i + 1 < text.length() && startsTerm(text.charAt(i + 1))
                        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
                    tokens.add(new Token(Kind.NOT, "-"));
                    i++;
                } else {
                    i = word(text, i, tokens);
                }
            }
            return tokens;
        }

        private static boolean startsTerm(char c) {
            return c == '"' || c == '(' || (!Character.isWhitespace(c) && c != ')' && c != '-');
        }

        private static int phrase(String text, int open, List<Token> tokens) {
            int close = text.indexOf('"', open + 1);
            if (close < 0) {
                throw new InvalidSearchQueryException("a quote is not closed: add the closing \" after the phrase,"
                        + " or remove the opening one");
            }
            String words = text.substring(open + 1, close).strip();
            if (!hasLetterOrDigit(words)) {
                throw new InvalidSearchQueryException("\"\" has no words in it: put words between the quotes");
            }
            tokens.add(new Token(Kind.PHRASE, words.replaceAll("\\s+", " ")));
            return close + 1;
        }

        private static int word(String text, int start, List<Token> tokens) {
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                    && "()\"".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String word = text.substring(start, end);
            switch (word) {
                case "AND", "&&" -> tokens.add(new Token(Kind.AND, word));
                case "OR", "||" -> tokens.add(new Token(Kind.OR, word));
                case "NOT" -> tokens.add(new Token(Kind.NOT, word));
                default -> addTerm(word, tokens);
            }
            return end;
        }

        private static void addTerm(String word, List<Token> tokens) {
            int star = word.indexOf('*');
            if (star < 0) {
                if (hasLetterOrDigit(word)) {
                    tokens.add(new Token(Kind.WORD, word));
                }
                return;
            }
            if (star != word.length() - 1) {
                throw new InvalidSearchQueryException("'" + abbreviate(word) + "': * can only end a word, as in nucl*");
            }
            String prefix = fold(word.substring(0, star));
            if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX || !hasLetterOrDigit(prefix)) {
                throw new InvalidSearchQueryException("'" + abbreviate(word) + "': put at least " + MIN_PREFIX
                        + " letters before *, as in nucl*");
            }
            tokens.add(new Token(Kind.PREFIX, prefix));
        }

        /** Lower case without accents, as the plain analyzer indexes words (prefixes are not analyzed). */
        private static String fold(String text) {
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
            return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        }

        private static boolean hasLetterOrDigit(String text) {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }

    /** Recursive descent over the tokens: or := and (OR and)*, and := not (AND? not)*, not := NOT not | atom. */
    private static final class Parser {

        private final List<Token> tokens;
        private int position;
        private int depth;
        private int terms;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Node parse() {
            if (tokens.isEmpty()) {
                throw new InvalidSearchQueryException("it has no words to look for, only punctuation");
            }
            Node node = or();
            if (position < tokens.size()) {
                Token extra = tokens.get(position);
                throw new InvalidSearchQueryException(extra.kind() == Kind.CLOSE
                        ? "a ) has no matching ("
                        : "unexpected " + extra.text());
            }
            return node;
        }

        private Node or() {
            List<Node> parts = new ArrayList<>();
            parts.add(and());
            while (next(Kind.OR)) {
                position++;
                requireOperand("OR");
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
        }

        private Node and() {
            List<Node> parts = new ArrayList<>();
            parts.add(not());
            while (position < tokens.size() && !next(Kind.OR) && !next(Kind.CLOSE)) {
                if (next(Kind.AND)) {
                    position++;
                    requireOperand("AND");
                }
                parts.add(not());
            }
            return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
        }

        private Node not() {
            if (next(Kind.NOT)) {
                String operator = tokens.get(position++).text();
                requireOperand(operator);
                return new Not(not());
            }
            return atom();
        }

        private Node atom() {
            if (position >= tokens.size()) {
                throw new InvalidSearchQueryException("it ends where a word was expected");
            }
            Token token = tokens.get(position++);
            return switch (token.kind()) {
                case WORD -> term(new Word(token.text()));
                case PHRASE -> term(new Phrase(token.text()));
                case PREFIX -> term(new Prefix(token.text()));
                case OPEN -> group();
                case CLOSE -> throw new InvalidSearchQueryException("a ) has no matching (");
                default -> throw new InvalidSearchQueryException(token.text() + " must stand between two words");
            };
        }

        private Node group() {
            if (++depth > MAX_DEPTH) {
                throw new InvalidSearchQueryException("at most " + MAX_DEPTH + " levels of parentheses are allowed");
            }
            if (next(Kind.CLOSE)) {
                throw new InvalidSearchQueryException("() is empty: put words between the parentheses");
            }
            Node inside = or();
            if (!next(Kind.CLOSE)) {
                throw new InvalidSearchQueryException("a ( is not closed: add the missing )");
            }
            position++;
            depth--;
            return inside;
        }

        private Node term(Node term) {
            if (++terms > MAX_TERMS) {
                throw new InvalidSearchQueryException("at most " + MAX_TERMS + " words, phrases and prefixes can be"
                        + " combined");
            }
            return term;
        }

        private void requireOperand(String operator) {
            if (position >= tokens.size() || next(Kind.CLOSE) || next(Kind.AND) || next(Kind.OR)) {
                throw new InvalidSearchQueryException(operator + " needs a word after it");
            }
        }

        private boolean next(Kind kind) {
            return position < tokens.size() && tokens.get(position).kind() == kind;
        }
    }

    private static String abbreviate(String text) {
        if (text.codePointCount(0, text.length()) <= 30) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 30)) + "…";
    }
}
