package org.jwc.secretariat.export;

import java.text.Normalizer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The checks and the normalisation every text of an exported document goes through. */
final class Texts {

    private Texts() {
    }

    /** A text with something visible in it, in NFC, with Unix line breaks. */
    static String required(String what, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " of an exported document must not be "
                    + (text == null ? "null" : "empty"));
        }
        return normalized(text).strip();
    }

    /** A text that may be empty (a table cell, a blank line), in NFC, with Unix line breaks. */
    static String optional(String what, @Nullable String text) {
        if (text == null) {
            throw new IllegalArgumentException("The " + what + " of an exported document must not be null; use \"\"");
        }
        return normalized(text);
    }

    /** A text without line breaks: a title, a running header. */
    static String oneLine(String what, String text) {
        if (text.contains("\n")) {
            throw new IllegalArgumentException("The " + what + " of an exported document is one line: " + text);
        }
        return text;
    }

    static <T> List<T> noNulls(String what, List<T> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new IllegalArgumentException("The " + what + " of an exported document contain null at " + i);
            }
        }
        return List.copyOf(items);
    }

    /** Tabs become spaces: neither format lays them out the same way, and the app never needs them. */
    private static String normalized(String text) {
        var unix = text.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ");
        return Normalizer.normalize(unix, Normalizer.Form.NFC);
    }
}
