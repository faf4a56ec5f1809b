package org.jwc.secretariat.proposal;

import org.jwc.secretariat.i18n.LocalizedText;

/** An agreed proposal with the text the meeting agreed: its own, the amendment chosen, or the host's own wording. */
public record AgreedProposal(Proposal proposal, LocalizedText text) {
}
