package org.jwc.secretariat.user;

/** A password the administrator hands over once; its user must replace it at the next sign-in. */
public record OneTimePassword(String username, String password) {
}
