package org.jwc.secretariat.communique;

/**
 * Published inside the transaction in which a communiqué became final (every leader approved it,
 * or a past one was imported), and again when an imported one's final text gains its other language.
 */
public record CommuniqueFinal(long meetingId, long communiqueId, long versionId) {
}
