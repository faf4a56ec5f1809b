/**
 * The security log (issue 15, ADR 0024): every {@code SecurityEvent} recorded append-only, and read by
 * administrators with filters.
 */
package org.jwc.secretariat.securitylog;
