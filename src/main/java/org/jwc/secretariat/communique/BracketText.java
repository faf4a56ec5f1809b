package org.jwc.secretariat.communique;

/** An open bracket as a version shows it: the span in each language and the party that holds it. */
public record BracketText(long holderPartyId, String spanVi, String spanZh) {
}
