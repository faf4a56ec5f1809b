package org.jwc.secretariat.proposal;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * The host's outcome of a proposal as entered. An agreement as amended takes either a counterpart's
 * amended text (its response) or the host's own wording; a deferral or non-agreement gives a reason.
 */
public record OutcomeDraft(@Nullable ProposalStatus outcome, @Nullable String reason, @Nullable Long amendedResponseId,
        @Nullable LocalizedText hostWording) {

    /** An outcome that takes no amended text. */
    public static OutcomeDraft of(ProposalStatus outcome, @Nullable String reason) {
        return new OutcomeDraft(outcome, reason, null, null);
    }
}
