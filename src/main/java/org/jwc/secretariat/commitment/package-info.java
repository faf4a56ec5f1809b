/**
 * Commitments: what a final communiqué agreed, paragraph by paragraph, with the parties responsible
 * for it; each party reports its status with dated progress notes, and every later meeting reviews
 * the commitments not yet done by all.
 */
package org.jwc.secretariat.commitment;
