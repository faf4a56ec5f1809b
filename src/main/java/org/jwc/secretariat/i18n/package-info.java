/** Languages of the committee, translations of the user interface, and texts kept per language. */
package org.jwc.secretariat.i18n;
