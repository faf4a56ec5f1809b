/**
 * The application shell: main layout, navigation, and what every UI gets when it starts (its
 * language, the forced password change). Kept apart from base so that features depend on base
 * while the shell depends on features, without a cycle.
 */
package org.jwc.secretariat.shell;
