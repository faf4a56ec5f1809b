package org.jwc.secretariat.proposal;

import org.jwc.secretariat.base.Revision;

/** A party's response as it was after one saved change, with who made it and when. */
public record ResponseRevision(Revision revision, ProposalResponse state) {
}
