/**
 * Who the current user is, what their role and party allow, and how they sign in. The rule that
 * everything is scoped by party lives here, for every feature's service to apply.
 */
package org.jwc.secretariat.security;
