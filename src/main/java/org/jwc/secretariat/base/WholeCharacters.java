package org.jwc.secretariat.base;

import org.jspecify.annotations.Nullable;

/**
 * Cutting a text that is a record of what someone sent (a name typed at sign-in, a log entry's
 * detail), never one a user wrote: that is refused with its limit (Validation).
 */
public final class WholeCharacters {

    private WholeCharacters() {
    }

    /** At most that many characters, never splitting a character outside the basic plane (𠀀). */
    public static @Nullable String cut(@Nullable String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
