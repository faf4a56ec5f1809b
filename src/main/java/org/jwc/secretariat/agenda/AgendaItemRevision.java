package org.jwc.secretariat.agenda;

import org.jwc.secretariat.base.Revision;

/** An agenda item as it was after one saved change, with who made it and when. */
public record AgendaItemRevision(Revision revision, AgendaItem state) {
}
