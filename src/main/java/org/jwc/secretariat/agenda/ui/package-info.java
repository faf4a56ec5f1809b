/** A meeting's agenda: each party's items, and the host's official agenda with its timetable. */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.agenda.ui;
