package org.jwc.secretariat.communique;

import org.jwc.secretariat.base.Revision;

/** A paragraph as it was after one saved change, with who made it and when. */
public record ParagraphRevision(Revision revision, Paragraph state) {
}
