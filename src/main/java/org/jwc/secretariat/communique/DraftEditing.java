package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.List;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's secretary edits the working text paragraph by paragraph: adds, edits, deletes, moves
 * within and between sections. The other language of an edited pair is confirmed by the host's
 * people or by the party whose proposal the paragraph came from. Nothing changes once the
 * communiqué is final.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class DraftEditing {

    private final Paragraphs paragraphs;
    private final CommuniqueSections sections;
    private final Brackets brackets;
    private final CommuniqueAccess access;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    DraftEditing(Paragraphs paragraphs, CommuniqueSections sections, Brackets brackets, CommuniqueAccess access,
            MeetingService meetings, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.paragraphs = paragraphs;
        this.sections = sections;
        this.brackets = brackets;
        this.access = access;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Adds a paragraph at a place in a section (0 = first; past the end = last). */
    @Transactional
    @PreAuthorize(CommuniqueService.SECRETARY)
    public Paragraph add(long sectionId, int index, ParagraphEdit edit) {
        var section = sections.findById(sectionId).orElseThrow(() -> new RefusedException("error.notFound"));
        var communique = access.editable(section.communiqueId());
        var draft = new ParagraphDraft(kindOf(edit), named(communique, edit), null, edit.text(), List.of());
        var list = new ArrayList<>(paragraphs.findBySectionIdOrderByPositionAsc(sectionId));
        var added = paragraphs.save(new Paragraph(communique.id(), sectionId, 0, draft));
        list.add(Math.clamp(index, 0, list.size()), added);
        renumber(list, sectionId);
        return changed(communique, added);
    }

    @Transactional
    @PreAuthorize(CommuniqueService.SECRETARY)
    public Paragraph edit(long paragraphId, long expectedVersion, ParagraphEdit edit) {
        var paragraph = current(paragraphId, expectedVersion);
        var communique = access.editable(paragraph.communiqueId());
        paragraph.write(edit.text(), kindOf(edit), named(communique, edit));
        keepsOpenBrackets(paragraph);
        return changed(communique, paragraph);
    }

    /** The pending language still says what the other says: by the host's people or the paragraph's owner party. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DELEGATE')")
    public Paragraph confirmTranslation(long paragraphId, long expectedVersion) {
        var paragraph = current(paragraphId, expectedVersion);
        var communique = access.byId(paragraph.communiqueId());
        communique.requireDraft();
        var meeting = meetings.inPhase(communique.meetingId(), CommuniqueAccess.EDITABLE);
        var owner = paragraph.ownerPartyId();
        if (!currentUser.isOwnParty(meeting.hostPartyId()) && (owner == null || !currentUser.isOwnParty(owner))) {
            throw new AccessDeniedException("communique.error.confirmHostOrOwner");
        }
        paragraph.confirmTranslation();
        return changed(communique, paragraph);
    }

    @Transactional
    @PreAuthorize(CommuniqueService.SECRETARY)
    public void delete(long paragraphId, long expectedVersion) {
        var paragraph = current(paragraphId, expectedVersion);
        var communique = access.editable(paragraph.communiqueId());
        brackets.deleteAll(brackets.findByParagraphIdOrderByIdAsc(paragraphId));
        paragraphs.delete(paragraph);
        paragraphs.flush();
        var rest = new ArrayList<>(paragraphs.findBySectionIdOrderByPositionAsc(paragraph.sectionId()));
        renumber(rest, paragraph.sectionId());
        events.publishEvent(communique.changed());
    }

    /** Moves a paragraph to a place in the same or another section of the same communiqué. */
    @Transactional
    @PreAuthorize(CommuniqueService.SECRETARY)
    public Paragraph move(long paragraphId, long expectedVersion, long targetSectionId, int index) {
        var paragraph = current(paragraphId, expectedVersion);
        var communique = access.editable(paragraph.communiqueId());
        var target = sections.findById(targetSectionId)
                .filter(s -> s.communiqueId() == communique.id())
                .orElseThrow(() -> new RefusedException("error.notFound"));
        var from = paragraph.sectionId();
        var list = new ArrayList<>(paragraphs.findBySectionIdOrderByPositionAsc(target.id()));
        list.remove(paragraph);
        list.add(Math.clamp(index, 0, list.size()), paragraph);
        renumber(list, target.id());
        if (from != target.id()) {
            renumber(new ArrayList<>(paragraphs.findBySectionIdOrderByPositionAsc(from).stream()
                    .filter(p -> p.id() != paragraph.id()).toList()), from);
        }
        return changed(communique, paragraph);
    }

    private Paragraph current(long paragraphId, long expectedVersion) {
        var paragraph = access.paragraph(paragraphId);
        paragraph.requireVersion(expectedVersion);
        return paragraph;
    }

    /** An edit may not take away a span that is still in brackets: the host resolves it first. */
    private void keepsOpenBrackets(Paragraph paragraph) {
        for (var bracket : brackets.findByParagraphIdOrderByIdAsc(paragraph.id())) {
            if (bracket.isOpen() && !bracket.standsIn(paragraph.text())) {
                throw RefusedException.badInput("text", "communique.error.bracketSpanGone", bracket.spanVi());
            }
        }
    }

    private static ParagraphKind kindOf(ParagraphEdit edit) {
        if (edit.kind() == null) {
            throw RefusedException.badInput("kind", "validation.required");
        }
        return edit.kind();
    }

    /** The named parties must take part in the meeting. */
    private List<Long> named(Communique communique, ParagraphEdit edit) {
        var taking = access.takingPart(meetings.get(communique.meetingId())).stream().map(Party::id).toList();
        if (!taking.containsAll(edit.partyIds())) {
            throw RefusedException.badInput("parties", "communique.error.partyNotTakingPart");
        }
        return edit.partyIds().stream().distinct().sorted().toList();
    }

    private void renumber(List<Paragraph> ordered, long sectionId) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(sectionId, i);
        }
    }

    private Paragraph changed(Communique communique, Paragraph paragraph) {
        var saved = paragraphs.saveAndFlush(paragraph);
        events.publishEvent(communique.changed());
        return saved;
    }
}
