package org.jwc.secretariat.meeting;

/**
 * Published by a module whose workflow moves the meeting on (the communiqué: circulated, then
 * final), inside its transaction. The meeting module takes the step itself, so that those modules
 * need not be trusted with moving phases, and the meeting module need not know them.
 */
public record PhaseReached(long meetingId, Phase phase) {
}
