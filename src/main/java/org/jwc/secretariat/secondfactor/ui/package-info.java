/**
 * The second step of a sign-in, each user's second-factor page with their passkeys, and the rule
 * that sends to the step.
 */
package org.jwc.secretariat.secondfactor.ui;
