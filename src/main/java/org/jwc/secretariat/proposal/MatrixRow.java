package org.jwc.secretariat.proposal;

import java.util.Map;

/** One proposal in the response matrix, with each addressed party's position so far. */
public record MatrixRow(Proposal proposal, Map<Long, Position> positions) {
}
