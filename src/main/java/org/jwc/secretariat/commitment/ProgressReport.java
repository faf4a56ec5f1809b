package org.jwc.secretariat.commitment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** What a party reports on a commitment: the status now, the date of the report and what was done. */
public record ProgressReport(@Nullable CommitmentStatus status, @Nullable LocalDate notedOn, @Nullable LocalizedText text) {
}
