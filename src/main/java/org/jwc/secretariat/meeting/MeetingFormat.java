package org.jwc.secretariat.meeting;

/** How a meeting is held: at one venue, online between bridge locations, or both. */
public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean hasBridges() {
        return this != IN_PERSON;
    }
}
