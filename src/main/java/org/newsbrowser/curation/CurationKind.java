package org.newsbrowser.curation;

/** What a curator did. */
public enum CurationKind {
    MERGE("merged"),
    RENAME("renamed"),
    HIDE("hid"),
    UNHIDE("unhid"),
    DISMISS("dismissed the suggestion to merge");

    private final String verb;

    CurationKind(String verb) {
        this.verb = verb;
    }

    /** The past tense the log reads in: "anna merged V. Putin into Vladimir Putin". */
    public String verb() {
        return verb;
    }
}
