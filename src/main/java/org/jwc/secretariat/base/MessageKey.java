package org.jwc.secretariat.base;

/** An argument of a refusal that is itself translated, such as a phase or status name. */
public record MessageKey(String key) {
}
