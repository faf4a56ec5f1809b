/** Meeting list, meeting page and the administrators' meeting form. */
package org.jwc.secretariat.meeting.ui;
