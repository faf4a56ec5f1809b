package org.jwc.secretariat.meeting.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;

/** The meeting a route names by its number ({@code meetings/:number/...}), for every meeting page. */
public final class MeetingRoute {

    private MeetingRoute() {
    }

    /** The meeting; if there is none of that number, the reader is told and sent to the meeting list. */
    public static Optional<Meeting> meetingOf(BeforeEnterEvent event, MeetingService meetings) {
        var found = event.getRouteParameters().getInteger("number").flatMap(meetings::findByNumber);
        if (found.isEmpty()) {
            Notifications.error(event.getUI().getTranslation("error.notFound"));
            event.forwardTo(MeetingListView.class);
        }
        return found;
    }
}
