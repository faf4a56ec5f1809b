package org.jwc.secretariat.meeting;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part that another module adds to a meeting's page (the commitments under review while the
 * meeting is prepared): the meeting module shows it without depending on that module.
 */
public interface MeetingPagePanel {

    /** The part for this meeting as the current user may see it, or empty when there is nothing to show. */
    Optional<Component> panelFor(Meeting meeting);
}
