package org.jwc.secretariat.base;

import org.jspecify.annotations.Nullable;

/**
 * A service refuses a request: a workflow rule, a bad input, a stale edit. Carries a translation
 * key (and its arguments) so that every user reads the reason in their own language; a field name
 * when the reason belongs to one input field.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;
    private final @Nullable String field;

    public RefusedException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private RefusedException(@Nullable String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** A refusal that belongs to one input field of a form. */
    public static RefusedException badInput(String field, String messageKey, Object... args) {
        return new RefusedException(field, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public @Nullable String field() {
        return field;
    }
}
