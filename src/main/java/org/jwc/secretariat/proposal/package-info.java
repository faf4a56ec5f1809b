/**
 * Proposals and the counterparts' responses: each party drafts its own, its secretary submits them
 * before the meeting's deadline, the addressed parties respond, and the host records the outcome.
 */
package org.jwc.secretariat.proposal;
