package org.jwc.secretariat.meeting.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.AddressNumbers;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;

/**
 * The skeleton of every page of one meeting ({@code meetings/:number/...}): the meeting its address
 * names (an unknown number tells the reader and goes to the meeting list), the page drawn for it, its
 * title, and, where the page shows a kind of record, its redrawing when a change of that kind in the
 * meeting is committed by anyone (only the changes the reader may see, see {@link LiveUpdates}).
 */
public abstract class MeetingPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final String titleKey;
    private @Nullable LiveUpdates live;
    private @Nullable String watchedKind;
    private @Nullable Long readerPartyId;
    private @Nullable Meeting meeting;

    /** @param titleKey the page title's translation key, with the meeting's title as its argument */
    protected MeetingPage(MeetingService meetings, String titleKey) {
        this.meetings = meetings;
        this.titleKey = titleKey;
    }

    /** The meeting the address names; if there is none of that number, the reader is told and sent to the list. */
    public static Optional<Meeting> meetingOf(BeforeEnterEvent event, MeetingService meetings) {
        var found = AddressNumbers.of(event, "number").filter(n -> n <= Integer.MAX_VALUE)
                .flatMap(n -> meetings.findByNumber(n.intValue()));
        if (found.isEmpty()) {
            Notifications.error(event.getUI().getTranslation("error.notFound"));
            event.forwardTo(MeetingListView.class);
        }
        return found;
    }

    /** Redraws the page live when a record of the kind changes in its meeting, as the reader's party may see it. */
    protected final void watchLive(LiveUpdates updates, String kind, @Nullable Long partyId) {
        this.live = updates;
        this.watchedKind = kind;
        this.readerPartyId = partyId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = meetingOf(event, meetings);
        if (found.isEmpty() || !mayShow(event, found.get())) {
            return;
        }
        meeting = found.get();
        show(meeting);
        if (live != null && watchedKind != null) {
            live.watchWhileAttached(this, new LiveUpdates.Topic(watchedKind, meeting.id(), null), readerPartyId, this::changed);
        }
    }

    /** Draws the page for the meeting as it stands. */
    protected abstract void show(Meeting meeting);

    /** Whether the page is shown to this reader now; one that is not forwards the navigation elsewhere. */
    protected boolean mayShow(BeforeEnterEvent event, Meeting meeting) {
        return true;
    }

    /** What a committed change of the watched kind does: the page is drawn again. */
    protected void changed() {
        redraw();
    }

    /** Draws the page again for the meeting as it stands now (its phase may have moved on). */
    protected final void redraw() {
        meeting = meetings.get(meeting().id());
        show(meeting);
    }

    /** The meeting shown. */
    protected final Meeting meeting() {
        return Objects.requireNonNull(meeting, "no meeting entered yet");
    }

    protected final boolean entered() {
        return meeting != null;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? "" : getTranslation(titleKey, meeting.title().in(UiLanguage.current()));
    }
}
