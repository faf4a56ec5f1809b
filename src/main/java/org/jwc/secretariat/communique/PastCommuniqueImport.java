package org.jwc.secretariat.communique;

import java.time.Clock;
import java.util.HashSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communiqué of a meeting held before the platform, imported from its text in one language: the
 * user previews what {@link PastCommuniqueParser} reads, fixes it, and saves it as the meeting's final
 * communiqué, marked imported. It was approved on paper, so it takes no approvals here: version 1 is
 * frozen and final at once, and the commitments it makes follow from {@link CommuniqueFinal} as for
 * any other. The other language may be imported later and aligned with it by position.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PastCommuniqueImport {

    static final String ADMIN_OR_SECRETARY = "hasAnyRole('ADMIN', 'SECRETARY')";
    /** The longest text the parser reads, in characters. */
    public static final int MAX_LENGTH = PastText.MAX_LENGTH;
    /** The largest text file an upload takes: the longest text in UTF-8, up to four bytes a character. */
    public static final int MAX_FILE_BYTES = 4 * MAX_LENGTH;

    private final PastCommuniqueParser parser = new PastCommuniqueParser();
    private final PastImportAccess rules;
    private final Communiques communiques;
    private final CommuniqueVersions versions;
    private final SectionWriter writer;
    private final PastAlignment alignment;
    private final ImportedCommuniqueRemoval removal;
    private final WorkingText workingText;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PastCommuniqueImport(PastImportAccess rules, Communiques communiques, CommuniqueVersions versions, SectionWriter writer,
            PastAlignment alignment, ImportedCommuniqueRemoval removal, WorkingText workingText, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events) {
        this.rules = rules;
        this.communiques = communiques;
        this.versions = versions;
        this.writer = writer;
        this.alignment = alignment;
        this.removal = removal;
        this.workingText = workingText;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the current user may import the meeting's communiqué now (see {@link PastImportAccess}). */
    public boolean mayImport(long meetingId) {
        return rules.allowed(meetingId);
    }

    /** The text read for review; nothing is saved. Bad input is refused on the field "text". */
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public ParsedCommunique preview(long meetingId, @Nullable String text, @Nullable Language language) {
        var meeting = rules.meeting(meetingId);
        if (language == null) {
            throw RefusedException.badInput("language", "validation.required");
        }
        return parser.parse(text == null ? "" : text, language, rules.parties(meeting), rules.areas());
    }

    /**
     * Saves the reviewed text as the meeting's final, imported communiqué, replacing an imported one;
     * one made in the platform is never replaced. Every numbered section must have its area.
     */
    @Transactional
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public Communique save(long meetingId, @Nullable ParsedCommunique reviewed, @Nullable Language language) {
        var meeting = rules.meeting(meetingId);
        var taking = new HashSet<Long>(rules.parties(meeting).stream().map(PartyName::id).toList());
        var drafts = PastReview.drafts(reviewed, language, taking, rules::areaExists);
        removal.removeImported(meetingId);
        var communique = communiques.saveAndFlush(Communique.importedFor(meetingId));
        writer.write(communique, drafts);
        var version = freeze(communique, meeting, 1, text -> PastReview.titled(text, reviewed.title(), language));
        communique.makeFinal(version.id(), clock.instant());
        var saved = communiques.saveAndFlush(communique);
        events.publishEvent(new CommuniqueFinal(meetingId, saved.id(), version.id()));
        events.publishEvent(saved.changed());
        return saved;
    }

    /**
     * Fills the other language of the meeting's imported communiqué from its own text, paragraph by
     * paragraph, and freezes the result as the new final version (the title of each language kept).
     */
    @Transactional
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public Communique saveOtherLanguage(long meetingId, @Nullable ParsedCommunique other, @Nullable Language language) {
        var meeting = rules.meeting(meetingId);
        var communique = communiques.lockByMeetingId(meetingId).orElseThrow(
                () -> new RefusedException("communique.import.error.notImported"));
        if (language == null) {
            throw RefusedException.badInput("language", "validation.required");
        }
        if (other == null) {
            throw RefusedException.badInput(PastText.FIELD, "communique.import.error.noStructure");
        }
        alignment.align(communique, other, language);
        var latest = versions.findFirstByCommuniqueIdOrderByNumberDesc(communique.id()).orElseThrow();
        var before = Canonical.read(latest.content());
        var version = freeze(communique, meeting, latest.number() + 1, text -> PastReview.titled(
                new CommuniqueText(before.title(), before.subtitle(), text.sections()), other.title(), language));
        communique.alignedVersion(version.id());
        var saved = communiques.saveAndFlush(communique);
        // The final text now has both languages: what was made from it takes the other one too.
        events.publishEvent(new CommuniqueFinal(meetingId, saved.id(), version.id()));
        events.publishEvent(saved.changed());
        return saved;
    }

    /** The text as saved, with the past text's own title, frozen as a version by the importing user. */
    private CommuniqueVersion freeze(Communique communique, Meeting meeting, int number, UnaryOperator<CommuniqueText> titled) {
        var text = titled.apply(workingText.of(communique, meeting));
        return versions.saveAndFlush(new CommuniqueVersion(communique.id(), number, Canonical.of(text), text,
                currentUser.require().getUsername(), clock.instant()));
    }
}
