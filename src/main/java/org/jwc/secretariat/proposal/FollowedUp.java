package org.jwc.secretariat.proposal;

import org.jwc.secretariat.i18n.LocalizedText;

/** A commitment as a proposal cites it: ¶{@code paragraphNumber} of the {@code meetingNumber}th meeting. */
public record FollowedUp(long id, int meetingNumber, int paragraphNumber, LocalizedText text) {
}
