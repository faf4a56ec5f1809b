package org.jwc.secretariat.proposal;

import org.jwc.secretariat.base.Revision;

/** A proposal as it was after one saved change, with who made it and when. */
public record ProposalRevision(Revision revision, Proposal state) {
}
