package org.jwc.secretariat.minutes;

/** What was signed at a meeting. */
public enum DocumentKind {
    AGREEMENT, MOU, PLAN, MINUTES
}
