/** Agenda items: each party drafts its own, submits them, and the host assembles the official agenda. */
package org.jwc.secretariat.agenda;
