package org.newsbrowser.ingest;

/**
 * A file that cannot be turned into an article. The message is a short human reason ("empty file",
 * "binary content (looks like PNG image)") fit to show in an import report.
 */
public class UnreadableArticleException extends Exception {

    public UnreadableArticleException(String reason) {
        super(reason);
    }

    public UnreadableArticleException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
