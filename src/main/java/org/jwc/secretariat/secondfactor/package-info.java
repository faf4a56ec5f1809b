/**
 * The second factor of a sign-in (ADR 0022): a one-time code sent by e-mail or a passkey, passed
 * through Spring Security's own one-time-token login, WebAuthn support and multi-factor support;
 * leaders and administrators must pass it, delegates and secretaries may choose to.
 */
package org.jwc.secretariat.secondfactor;
