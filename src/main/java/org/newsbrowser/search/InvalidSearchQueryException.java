package org.newsbrowser.search;

/** A search the user typed that cannot be understood; the message says what is wrong in the user's words. */
public class InvalidSearchQueryException extends IllegalArgumentException {

    public InvalidSearchQueryException(String message) {
        super(message);
    }
}
