package org.jwc.secretariat.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;

/**
 * Where the meeting stands, shown on each of its pages: its phase, what happens in it and who does
 * it, the phase's deadline, and what comes next and who moves the meeting on. A newcomer on any page
 * then knows why an action is not offered yet and when it will be.
 */
public class MeetingStage extends Div {

    public MeetingStage(Meeting meeting, PartyService parties) {
        addClassName("meeting-stage");
        var phase = meeting.phase();
        getElement().setAttribute("data-phase", phase.name());
        var host = parties.get(meeting.hostPartyId()).name(UiLanguage.current());
        line("stage-current", getTranslation("stage.current", getTranslation("phase." + phase.name())));
        line("stage-now", getTranslation("stage.now." + phase.name(), host));
        var deadline = deadline(meeting);
        if (deadline != null) {
            line("stage-deadline", getTranslation("stage.deadline",
                    Times.format(deadline, parties.currentUserZone(), getLocale())));
        }
        if (phase != Phase.CONCLUDED) {
            var next = Phase.values()[phase.ordinal() + 1];
            line("stage-next", getTranslation("stage.next", getTranslation("phase." + next.name()),
                    getTranslation(who(phase), host)));
        }
    }

    /** What the stage shows depends on, for a page that redraws only the parts whose data changed. */
    public static Object shownState(Meeting meeting) {
        return meeting.phase() + "@" + deadline(meeting);
    }

    /** The deadline of what the phase asks of the parties, if it has one. */
    private static @Nullable Instant deadline(Meeting meeting) {
        return switch (meeting.phase()) {
            case PREPARATION -> meeting.proposalDeadline();
            case NEGOTIATION -> meeting.responseDeadline();
            case APPROVAL -> meeting.approvalDeadline();
            default -> null;
        };
    }

    /** Drafting ends when the host circulates a version, approval when every leader has approved it; the rest an administrator moves on. */
    private static String who(Phase phase) {
        return switch (phase) {
            case DRAFTING -> "stage.who.circulation";
            case APPROVAL -> "stage.who.approval";
            default -> "stage.who.administrator";
        };
    }

    private void line(String className, String text) {
        var span = new Span(text);
        span.addClassName(className);
        add(span);
    }
}
