/**
 * Notifications: what happened that concerns a user (a proposal addressed to their party, a
 * response, a comment on their party's record, a deadline near), in the bell and by e-mail, in the
 * user's language.
 */
package org.jwc.secretariat.notification;
