package org.jwc.secretariat.committee;

/** What kind of joint mechanism a committee is: a joint working committee or a joint working group. */
public enum CommitteeKind {
    COMMITTEE,
    WORKING_GROUP
}
