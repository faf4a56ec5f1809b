package org.jwc.secretariat.agenda;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jwc.secretariat.base.AuditLog;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each party drafts its own agenda items (delegates and secretaries), its secretary submits or
 * withdraws them, and the host party's secretary places them on the official agenda. A draft is
 * seen only by its own party, in the list, one by one, and in its history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class AgendaService {

    private static final String DRAFTERS = "hasAnyRole('DELEGATE', 'SECRETARY')";
    private static final String SECRETARY = "hasRole('SECRETARY')";

    private final AgendaItems items;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    AgendaService(AgendaItems items, MeetingService meetings, CurrentUser currentUser, AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.items = items;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** The meeting's items this user may see: all of their party's, and the others' once submitted. */
    public List<AgendaItem> visibleItems(long meetingId) {
        meetings.get(meetingId);
        var partyId = currentUser.require().partyId();
        return partyId == null
                ? items.findByMeetingIdAndStatusNotOrderByOwnerPartyIdAscOwnerPositionAsc(meetingId, AgendaItemStatus.DRAFT)
                : items.visibleTo(meetingId, partyId);
    }

    /** The host's agenda: the placed items in their order. */
    public List<AgendaItem> officialAgenda(long meetingId) {
        meetings.get(meetingId);
        return items.findByMeetingIdAndStatusOrderByOfficialPositionAsc(meetingId, AgendaItemStatus.PLACED);
    }

    public AgendaItem get(long id) {
        var item = item(id);
        if (item.status() == AgendaItemStatus.DRAFT && !currentUser.isOwnParty(item.ownerPartyId())) {
            // As for an unknown id, so that no other party can count or follow a party's drafts (as proposals do).
            throw new RefusedException("error.notFound");
        }
        return item;
    }

    /** Every saved state, oldest first; other parties see none of the states it had as a draft. */
    public List<AgendaItemRevision> history(long id) {
        var item = get(id);
        var owner = currentUser.isOwnParty(item.ownerPartyId());
        return auditLog.revisions(AgendaItem.class, id, AgendaItemRevision::new).stream()
                .filter(r -> owner || r.state().status() != AgendaItemStatus.DRAFT)
                .toList();
    }

    @Transactional
    @PreAuthorize(DRAFTERS)
    public AgendaItem draft(long meetingId, AgendaItemDraft draft) {
        var meeting = meetingIn(meetingId, EnumSet.of(Phase.PREPARATION));
        var partyId = currentUser.ownPartyId();
        var position = (int) items.countByMeetingIdAndOwnerPartyId(meeting.id(), partyId) + 1;
        return saved(new AgendaItem(meeting.id(), partyId, position, draft));
    }

    @Transactional
    @PreAuthorize(DRAFTERS)
    public AgendaItem edit(long id, long expectedVersion, AgendaItemDraft draft) {
        var item = ownItem(id, expectedVersion, EnumSet.of(Phase.PREPARATION));
        item.edit(draft);
        return saved(item);
    }

    @Transactional
    @PreAuthorize(SECRETARY)
    public AgendaItem submit(long id, long expectedVersion) {
        var item = ownItem(id, expectedVersion, EnumSet.of(Phase.PREPARATION));
        item.submit();
        return saved(item);
    }

    @Transactional
    @PreAuthorize(SECRETARY)
    public AgendaItem withdraw(long id, long expectedVersion) {
        var item = ownItem(id, expectedVersion, EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION));
        item.withdraw();
        renumber(item.meetingId());
        return saved(item);
    }

    /** The host places a submitted item at the end of the official agenda. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public AgendaItem place(long id, long expectedVersion) {
        var item = hostsItem(id, expectedVersion);
        item.place(officialAgenda(item.meetingId()).size() + 1);
        return saved(item);
    }

    @Transactional
    @PreAuthorize(SECRETARY)
    public AgendaItem decline(long id, long expectedVersion, String reason) {
        var item = hostsItem(id, expectedVersion);
        item.decline(reason);
        renumber(item.meetingId());
        return saved(item);
    }

    /** Moves a placed item one place up (-1) or down (+1) on the official agenda. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public void moveOnOfficialAgenda(long id, int step) {
        var item = item(id);
        var position = item.officialPosition();
        placeOnOfficialAgendaAt(id, (position == null ? 0 : position) + Integer.signum(step));
    }

    /** Puts a placed item at a position (1 = first) of the official agenda, the others moving up or down. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public void placeOnOfficialAgendaAt(long id, int position) {
        var item = item(id);
        hostsItem(id, item.getVersion());
        var agenda = new ArrayList<>(officialAgenda(item.meetingId()));
        if (!agenda.remove(item) || position < 1 || position > agenda.size() + 1) {
            throw new RefusedException("agenda.error.cannotMove");
        }
        agenda.add(position - 1, item);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveOnOfficialAgenda(i + 1);
        }
        saved(item);
    }

    /** Closes the gaps that a declined or withdrawn item leaves. */
    private void renumber(long meetingId) {
        var agenda = officialAgenda(meetingId);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveOnOfficialAgenda(i + 1);
        }
    }

    /** Saves and tells the open screens that may see the item, once the transaction commits. */
    private AgendaItem saved(AgendaItem item) {
        var saved = items.saveAndFlush(item);
        events.publishEvent(saved.changed());
        return saved;
    }

    /** The user's own party's item, in a meeting in one of the given phases, as last seen. */
    private AgendaItem ownItem(long id, long expectedVersion, EnumSet<Phase> phases) {
        var item = item(id);
        currentUser.requireOwnParty(item.ownerPartyId());
        meetingIn(item.meetingId(), phases);
        item.requireVersion(expectedVersion);
        return item;
    }

    private AgendaItem hostsItem(long id, long expectedVersion) {
        var item = item(id);
        var meeting = meetingIn(item.meetingId(), EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION));
        if (!currentUser.isOwnParty(meeting.hostPartyId())) {
            throw new AccessDeniedException("agenda.error.hostOnly");
        }
        item.requireVersion(expectedVersion);
        return item;
    }

    /** The item, if its meeting is the committee's: another committee's is refused as an unknown id, before any other rule. */
    private AgendaItem item(long id) {
        var item = items.findById(id).orElseThrow(() -> new RefusedException("error.notFound"));
        meetings.get(item.meetingId());
        return item;
    }

    private Meeting meetingIn(long meetingId, EnumSet<Phase> phases) {
        return meetings.inPhase(meetingId, phases);
    }
}
