package org.crimeledger.victims;

/** How the victim service reached a victim, or how a victim prefers to be reached. */
public enum ContactChannel {
    PHONE("Phone"),
    EMAIL("Email"),
    LETTER("Letter"),
    TEXT_MESSAGE("Text message"),
    IN_PERSON("In person"),
    VIDEO_CALL("Video call");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
