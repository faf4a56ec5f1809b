/** User accounts: administration, sign-in lock-out, passwords and language preference. */
package org.jwc.secretariat.user;
