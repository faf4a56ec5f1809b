package org.jwc.secretariat.minutes;

/** The host closed a meeting's minutes: a meeting whose texts are final may now conclude (ADR 0017). */
public record MinutesClosed(long meetingId) {
}
