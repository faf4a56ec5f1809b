/** The committee's numbered meetings, their phases, and who hosts the next one. */
package org.jwc.secretariat.meeting;
