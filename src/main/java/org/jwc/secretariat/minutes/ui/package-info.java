/** The minutes page: sections, confirmations, attendance. */
package org.jwc.secretariat.minutes.ui;
