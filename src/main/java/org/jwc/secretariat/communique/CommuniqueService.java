package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jwc.secretariat.base.AuditLog;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a meeting's communiqué, which every signed-in user may (the working text is open to all
 * parties, so that they can comment while the host drafts), and the host's generation of a first draft.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class CommuniqueService {

    static final String SECRETARY = "hasRole('SECRETARY')";

    private final Communiques communiques;
    private final SectionWriter writer;
    private final Paragraphs paragraphs;
    private final Brackets brackets;
    private final CommuniqueAccess access;
    private final WorkingText workingText;
    private final DraftingFactsReader facts;
    private final MeetingService meetings;
    private final Translations translations;
    private final CommitteeService committee;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    CommuniqueService(Communiques communiques, SectionWriter writer, Paragraphs paragraphs, Brackets brackets,
            CommuniqueAccess access, WorkingText workingText, DraftingFactsReader facts, MeetingService meetings,
            Translations translations, CommitteeService committee, AuditLog auditLog, ApplicationEventPublisher events) {
        this.communiques = communiques;
        this.writer = writer;
        this.paragraphs = paragraphs;
        this.brackets = brackets;
        this.access = access;
        this.workingText = workingText;
        this.facts = facts;
        this.meetings = meetings;
        this.translations = translations;
        this.committee = committee;
        this.auditLog = auditLog;
        this.events = events;
    }

    public Optional<Communique> find(long meetingId) {
        meetings.get(meetingId);
        return communiques.findByMeetingId(meetingId);
    }

    /** The host's working text as it stands, with paragraph ids to act on. */
    public CommuniqueText workingText(long meetingId) {
        var communique = access.communique(meetingId);
        return workingText.of(communique, meetings.get(meetingId));
    }

    /** The working text's paragraphs as saved, in one read: what the editor acts on (their versions, owners). */
    public List<Paragraph> paragraphs(long meetingId) {
        return paragraphs.findByCommuniqueIdOrderByPositionAsc(access.communique(meetingId).id());
    }

    public Paragraph paragraph(long paragraphId) {
        return access.paragraph(paragraphId);
    }

    /** Every bracket of the communiqué, open and resolved, oldest first. */
    public List<Bracket> brackets(long meetingId) {
        var ids = paragraphs.findByCommuniqueIdOrderByPositionAsc(access.communique(meetingId).id()).stream()
                .map(Paragraph::id).toList();
        return brackets.findByParagraphIdInOrderByIdAsc(ids);
    }

    /**
     * The paragraphs of the meeting's text, as the caller has just read it, that name a taking-part
     * party or the committee in one official language only.
     */
    public List<TermWarning> terminology(long meetingId, CommuniqueText text) {
        var terms = new ArrayList<Terminology.Term>();
        takingPart(meetingId).forEach(p -> terms.add(new Terminology.Term(p.shortName(), List.of(p.shortName(), p.name()))));
        var name = committee.name();
        terms.add(new Terminology.Term(name, List.of(name)));
        return Terminology.check(text, terms);
    }

    /** The parties taking part in the meeting, in the committee's order: those whose leaders approve. */
    public List<Party> takingPart(long meetingId) {
        return access.takingPart(meetings.get(meetingId));
    }

    /**
     * The parties taking part whose delegation the minutes do not list with its head: the generated
     * preamble names the delegations from the minutes, and leaves out those not listed.
     */
    public List<Party> delegationsNotListed(long meetingId) {
        var meeting = meetings.get(meetingId);
        var listed = facts.heads(meeting).stream().map(DraftingFacts.Head::partyId).toList();
        return access.takingPart(meeting).stream().filter(p -> !listed.contains(p.id())).toList();
    }

    /** Every saved state of a paragraph, oldest first, with who and when. */
    public List<ParagraphRevision> history(long paragraphId) {
        paragraph(paragraphId);
        var revisions = auditLog.revisions(Paragraph.class, paragraphId, ParagraphRevision::new);
        // Each state's parties read now: the screen restores them after this transaction has ended.
        revisions.forEach(r -> r.state().partyIds());
        return revisions;
    }

    /**
     * The host's secretary generates the first draft, once, while the meeting is drafting: from the
     * agreed proposals, the area tree, the meeting, the minutes' attendance and the next meeting.
     */
    @Transactional
    @PreAuthorize(SECRETARY)
    public Communique generate(long meetingId) {
        var meeting = access.hostOf(meetings.inPhase(meetingId, EnumSet.of(Phase.DRAFTING)));
        if (communiques.findByMeetingId(meetingId).isPresent()) {
            throw new RefusedException("communique.error.exists");
        }
        var communique = communiques.saveAndFlush(new Communique(meetingId));
        var drafter = new CommuniqueDrafter((key, language, args) -> translations.getTranslation(key, language.locale(), args));
        writer.write(communique, drafter.draft(facts.read(meeting)));
        events.publishEvent(communique.changed());
        return communique;
    }
}
