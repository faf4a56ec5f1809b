package org.jwc.secretariat.agenda;

/** What an agenda item is for. */
public enum AgendaItemKind {
    SPEECH,
    REPORT,
    DISCUSSION,
    SIGNING,
    PROCEDURAL
}
