package org.jwc.secretariat.communique;

/**
 * Published inside the transaction in which an imported communiqué is replaced by a new import,
 * before its rows are deleted: whatever another module made from it (its commitments) goes with it.
 */
public record CommuniqueDiscarded(long meetingId, long communiqueId) {
}
