package org.jwc.secretariat.communique;

/** The parts of a communiqué: the unnumbered preamble, the numbered areas, the closing. */
public enum SectionKind {
    PREAMBLE,
    AREA,
    CLOSING
}
