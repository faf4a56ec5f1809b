package org.jwc.secretariat.minutes;

/** The sections of the minutes, in the order they appear. */
public enum SectionKind {
    OPENING,
    STATEMENT,
    DISCUSSION,
    CONCLUSIONS,
    SIGNED_DOCUMENTS,
    NEXT_MEETING
}
