package org.jwc.secretariat.minutes;

/** Open while the host assembles them; closed minutes are locked until the host reopens them. */
public enum MinutesStatus {
    OPEN,
    CLOSED
}
