package org.jwc.secretariat.minutes;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** A person who attended, as their party's secretary (or the host, for observers) enters them. */
public record AttendeeDetails(@Nullable LocalizedText name, @Nullable LocalizedText title, @Nullable AttendeeRole role) {
}
