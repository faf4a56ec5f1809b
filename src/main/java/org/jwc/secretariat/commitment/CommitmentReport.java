package org.jwc.secretariat.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.export.UnprintableCharacterException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report on the implementation of a meeting's agreements, as DOCX and PDF in Vietnamese and in
 * Chinese: what the next meeting reviews. Anyone signed in may export it, as everyone reads the
 * commitments and their progress.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class CommitmentReport {

    private final CommitmentService commitments;
    private final MeetingService meetings;
    private final AreaService areas;
    private final PartyService parties;
    private final CommitteeService committee;
    private final Translations translations;
    private final Clock clock;

    CommitmentReport(CommitmentService commitments, MeetingService meetings, AreaService areas, PartyService parties,
            CommitteeService committee, Translations translations, Clock clock) {
        this.commitments = commitments;
        this.meetings = meetings;
        this.areas = areas;
        this.parties = parties;
        this.committee = committee;
        this.translations = translations;
        this.clock = clock;
    }

    public byte[] export(long meetingId, Language language, ExportFormat format) {
        var meeting = meetings.get(meetingId);
        var found = commitments.find(new CommitmentFilter(meetingId, null, null, null));
        var latest = commitments.latestNotes(found.stream().map(v -> v.commitment().id()).toList());
        // The figures as of today where the reader is: the date the report says it was drawn up.
        var asOf = LocalDate.now(clock.withZone(parties.currentUserZone()));
        var document = new ReportDocument(translations, language, new AreaTree(areas.all()), parties.all(), parties.successionsOn(asOf))
                .of(meeting, committee.name(), found, latest, asOf);
        try {
            return format.write(document);
        } catch (UnprintableCharacterException e) {
            // A character the embedded font cannot draw (an emoji, a rare ideograph): the PDF would show a box.
            throw new RefusedException("commitment.error.unprintable");
        }
    }

    /** E.g. "report-18-vi.pdf". */
    public String fileName(long meetingId, Language language, ExportFormat format) {
        return "report-" + meetings.get(meetingId).number() + "-" + language.name().toLowerCase(Locale.ROOT) + "."
                + format.extension();
    }
}
