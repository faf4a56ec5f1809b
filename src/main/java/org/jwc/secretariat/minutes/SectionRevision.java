package org.jwc.secretariat.minutes;

import org.jwc.secretariat.base.Revision;

/** A section as it was after one saved change, with who made it and when. */
public record SectionRevision(Revision revision, MinutesSection state) {
}
