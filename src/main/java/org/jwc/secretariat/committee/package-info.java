/** The committee itself: its name in each language. */
package org.jwc.secretariat.committee;
