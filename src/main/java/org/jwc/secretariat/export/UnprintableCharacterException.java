package org.jwc.secretariat.export;

/** A text holds a character the PDF font cannot draw: refused, rather than printed as a box. */
public class UnprintableCharacterException extends IllegalArgumentException {

    UnprintableCharacterException(int codePoint, String text) {
        super("The PDF font has no glyph for U+%04X (%s) in: %s".formatted(codePoint, Character.getName(codePoint), text));
    }
}
