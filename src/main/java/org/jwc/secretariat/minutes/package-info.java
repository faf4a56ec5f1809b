/**
 * The minutes of a meeting, kept by the host party: the delegations who attended, the sections in
 * order (opening, each party's statement confirmed by that party, discussion per agenda item,
 * conclusions, signed documents, next meeting), closed and locked when every party has confirmed.
 */
package org.jwc.secretariat.minutes;
