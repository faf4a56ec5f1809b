/** Meeting list, meeting page and the administrators' meeting form. */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.meeting.ui;
