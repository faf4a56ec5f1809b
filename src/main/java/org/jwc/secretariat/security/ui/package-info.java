/** The login page. */
package org.jwc.secretariat.security.ui;
