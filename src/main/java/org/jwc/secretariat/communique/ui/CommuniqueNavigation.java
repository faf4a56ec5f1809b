package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import org.jwc.secretariat.meeting.Meeting;

/** How other features open a meeting's communiqué pages; the pages themselves stay inside this module. */
public final class CommuniqueNavigation {

    private CommuniqueNavigation() {
    }

    /** The working text of the meeting's communiqué. */
    public static void toWorkingText(Meeting meeting) {
        UI.getCurrent().navigate(CommuniqueView.class, parameters(meeting));
    }

    /** Sends a navigation on its way to the working text instead (a page the user may not open now). */
    public static void forwardToWorkingText(BeforeEnterEvent event, Meeting meeting) {
        event.forwardTo(CommuniqueView.class, parameters(meeting));
    }

    static void toApproval(Meeting meeting) {
        UI.getCurrent().navigate(ApprovalView.class, parameters(meeting));
    }

    static RouteParameters parameters(Meeting meeting) {
        return new RouteParameters("number", String.valueOf(meeting.number()));
    }
}
