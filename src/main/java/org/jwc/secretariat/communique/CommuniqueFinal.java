package org.jwc.secretariat.communique;

/** Published inside the transaction in which every leader's approval made a communiqué final. */
public record CommuniqueFinal(long meetingId, long communiqueId, long versionId) {
}
