package org.jwc.secretariat.meeting;

import java.util.List;

/**
 * What a module still has open at a meeting (minutes not closed, statements missing, proposals
 * without an outcome): the administrator reads it before moving the meeting on, and a meeting
 * concludes only when nothing it lists keeps the meeting open (ADR 0017). Implemented by the
 * modules that hold the work, so the meeting module depends on none of them.
 */
public interface OpenWork {

    /** What is open at this meeting, in no particular order; empty when this module's part is done. */
    List<OpenItem> openAt(Meeting meeting);

    /**
     * One thing left open, as a translation key and its arguments (a {@code MessageKey}, a
     * {@code LocalizedText} or a number); {@code keepsMeetingOpen} when the meeting may not conclude
     * before it is done, because nobody could finish it afterwards.
     */
    record OpenItem(String key, List<Object> args, boolean keepsMeetingOpen) {

        public OpenItem {
            args = List.copyOf(args);
        }

        public static OpenItem warning(String key, Object... args) {
            return new OpenItem(key, List.of(args), false);
        }

        public static OpenItem keepsOpen(String key, Object... args) {
            return new OpenItem(key, List.of(args), true);
        }
    }
}
