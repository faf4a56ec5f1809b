package org.jwc.secretariat.minutes;

/** Place in the delegation: its head, a member; or an observer (consulate, embassy, ministry). */
public enum AttendeeRole {
    HEAD,
    MEMBER,
    OBSERVER
}
