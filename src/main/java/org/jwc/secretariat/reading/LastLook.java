package org.jwc.secretariat.reading;

import java.time.Instant;

/** The revision a user last looked at, and when. */
public record LastLook(long revision, Instant at) {
}
