package org.jwc.secretariat.communique;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communiqués of meetings held before the platform, saved from their paper text as final and
 * marked imported (the past-communiqué import reads and reviews the text, this keeps it). Who and
 * where: an administrator, or the host party's secretary (who keeps the signed text), in a concluded
 * meeting that has no communiqué made in the platform. An imported one may be replaced: it is a copy
 * of the paper, whereas one made here carries the leaders' approvals, which an import must never erase.
 * It was approved on paper, so it takes no approvals: version 1 is frozen and final at once, and the
 * commitments follow from {@link CommuniqueFinal} as for any other.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ImportedCommuniques {

    static final String ADMIN_OR_SECRETARY = "hasAnyRole('ADMIN', 'SECRETARY')";

    private final Communiques communiques;
    private final CommuniqueVersions versions;
    private final SectionWriter writer;
    private final ImportAlignment alignment;
    private final ImportedCommuniqueRemoval removal;
    private final WorkingText workingText;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ImportedCommuniques(Communiques communiques, CommuniqueVersions versions, SectionWriter writer, ImportAlignment alignment,
            ImportedCommuniqueRemoval removal, WorkingText workingText, MeetingService meetings, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events) {
        this.communiques = communiques;
        this.versions = versions;
        this.writer = writer;
        this.alignment = alignment;
        this.removal = removal;
        this.workingText = workingText;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The meeting to import into, or a refusal that says why not. */
    public Meeting meetingToImportInto(long meetingId) {
        var meeting = meetings.get(meetingId);
        whyNot(meeting).ifPresent(refusal -> {
            throw refusal;
        });
        return meeting;
    }

    /**
     * Whether the current user may import the meeting's communiqué now. Asked without an exception
     * crossing a transactional service, which would mark the reader's transaction for rollback.
     */
    public boolean mayImport(long meetingId) {
        return whyNot(meetings.get(meetingId)).isEmpty();
    }

    /** Only the host's secretary or an administrator, only into a concluded meeting, never over a communiqué made here. */
    private Optional<RuntimeException> whyNot(Meeting meeting) {
        var user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !(user.hasRole(Role.SECRETARY) && currentUser.isOwnParty(meeting.hostPartyId()))) {
            return Optional.of(new AccessDeniedException("communique.error.importHostOrAdmin"));
        }
        if (meeting.phase() != Phase.CONCLUDED) {
            return Optional.of(new RefusedException("meeting.error.phase", new MessageKey("phase." + meeting.phase().name())));
        }
        if (communiques.findByMeetingId(meeting.id()).filter(c -> !c.imported()).isPresent()) {
            return Optional.of(new RefusedException("communique.import.error.madeHere"));
        }
        return Optional.empty();
    }

    /**
     * Saves the reviewed sections as the meeting's final, imported communiqué, replacing an imported
     * one, with the paper's own title lines in its language.
     */
    @Transactional
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public Communique save(long meetingId, List<SectionDraft> drafts, String title, Language language) {
        var meeting = meetingToImportInto(meetingId);
        removal.removeImported(meetingId);
        var communique = communiques.saveAndFlush(Communique.importedFor(meetingId));
        writer.write(communique, drafts);
        var text = workingText.of(communique, meeting);
        var version = freeze(communique, 1, ImportedTitle.titled(text, title, language));
        communique.makeFinal(version.id(), clock.instant());
        return published(communique, version);
    }

    /**
     * Fills the other language of the meeting's imported communiqué from its own paper text, paragraph
     * by paragraph, and freezes the result as the new final version (the title of each language kept).
     */
    @Transactional
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public Communique saveOtherLanguage(long meetingId, ImportedLanguage other, Language language) {
        var meeting = meetingToImportInto(meetingId);
        var communique = communiques.lockByMeetingId(meetingId).orElseThrow(
                () -> new RefusedException("communique.import.error.notImported"));
        alignment.align(communique, other, language);
        var latest = versions.findFirstByCommuniqueIdOrderByNumberDesc(communique.id()).orElseThrow();
        var before = Canonical.read(latest.content());
        var text = workingText.of(communique, meeting);
        var version = freeze(communique, latest.number() + 1, ImportedTitle.titled(
                new CommuniqueText(before.title(), before.subtitle(), text.sections()), other.title(), language));
        communique.alignedVersion(version.id());
        // The final text now has both languages: what was made from it takes the other one too.
        return published(communique, version);
    }

    /** The text frozen as a version by the importing user. */
    private CommuniqueVersion freeze(Communique communique, int number, CommuniqueText text) {
        return versions.saveAndFlush(new CommuniqueVersion(communique.id(), number, Canonical.of(text), text,
                currentUser.require().getUsername(), clock.instant()));
    }

    private Communique published(Communique communique, CommuniqueVersion version) {
        var saved = communiques.saveAndFlush(communique);
        events.publishEvent(new CommuniqueFinal(saved.meetingId(), saved.id(), version.id()));
        events.publishEvent(saved.changed());
        return saved;
    }
}
