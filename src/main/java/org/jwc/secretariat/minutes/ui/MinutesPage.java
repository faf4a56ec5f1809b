package org.jwc.secretariat.minutes.ui;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.minutes.MinutesSection;
import org.jwc.secretariat.minutes.MinutesService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * What the parts of the minutes page share: the services, the reader, the meeting, whether the
 * minutes may still change, and how the page redraws and reports a refusal.
 */
record MinutesPage(MinutesService minutes, CommentService comments, LiveUpdates live, SecretariatUser user,
        Map<Long, Party> parties, ZoneId zone, Meeting meeting, boolean writable, Runnable redraw, Consumer<Runnable> actor) {

    /** The reader is the host party's secretary. */
    boolean isHost() {
        return user.hasRole(Role.SECRETARY) && Objects.equals(user.partyId(), meeting.hostPartyId());
    }

    /** Whose a section is: a statement its party's, any other the host's. */
    long ownerOf(MinutesSection section) {
        return section.partyId() == null ? meeting.hostPartyId() : section.partyId();
    }

    /** Draws the page again from the services. */
    void refresh() {
        redraw.run();
    }

    /** Runs a change, then redraws; a refusal is shown and nothing else happens. */
    void act(Runnable change) {
        actor.accept(change);
    }
}
