/** The minutes page: sections, confirmations, attendance, the signed documents register, downloads. */
package org.jwc.secretariat.minutes.ui;
