/** The second step of a sign-in, each user's second-factor page, and the rule that sends to the step. */
package org.jwc.secretariat.secondfactor.ui;
