/**
 * The commitments pages: every meeting's commitments with filters, counts by party and by area and
 * the implementation report; a commitment's details and its parties' progress reports; the review
 * of earlier meetings' commitments that a meeting prepares.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.commitment.ui;
