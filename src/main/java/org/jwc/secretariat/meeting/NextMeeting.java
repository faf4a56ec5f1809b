package org.jwc.secretariat.meeting;

/** The rotation's proposal for the next meeting, for the administrator to confirm or override. */
public record NextMeeting(int number, long hostPartyId, long coChairPartyId) {
}
