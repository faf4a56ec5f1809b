package org.jwc.secretariat.communique;

/** Whom a paragraph binds: every party, one side towards the other, or the parties it names. */
public enum ParagraphKind {
    COMMON,
    SIDE,
    BILATERAL
}
