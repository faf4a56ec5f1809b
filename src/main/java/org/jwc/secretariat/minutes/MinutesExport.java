package org.jwc.secretariat.minutes;

import org.jwc.secretariat.base.RefusedException;
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
 * The minutes as DOCX (to edit and print) and PDF (the fixed form), one per official language:
 * two texts of equal standing. Anyone signed in may export; the files hold only what every party
 * may read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class MinutesExport {

    private final MinutesRecords minutes;
    private final MinutesSections sections;
    private final AttendanceService attendance;
    private final SignedDocuments signedDocuments;
    private final MeetingService meetings;
    private final PartyService parties;
    private final Translations translations;

    MinutesExport(MinutesRecords minutes, MinutesSections sections, AttendanceService attendance,
            SignedDocuments signedDocuments, MeetingService meetings, PartyService parties, Translations translations) {
        this.signedDocuments = signedDocuments;
        this.minutes = minutes;
        this.sections = sections;
        this.attendance = attendance;
        this.meetings = meetings;
        this.parties = parties;
        this.translations = translations;
    }

    public byte[] export(long meetingId, Language language, ExportFormat format) {
        var meeting = meetings.get(meetingId);
        var record = minutes.findByMeetingId(meetingId).orElseThrow(() -> new RefusedException("minutes.error.notOpen"));
        var shared = attendance.attendance(meetingId).stream().filter(DelegationList::submitted).toList();
        var document = new MinutesDocument(translations, language).of(meeting, record,
                sections.findByMeetingIdAndSharedTrueOrderByPositionAsc(meetingId), shared,
                signedDocuments.findByMeetingIdOrderBySignedOnAscIdAsc(meetingId), parties.byId());
        try {
            return format.write(document);
        } catch (UnprintableCharacterException e) {
            // A character the embedded font cannot draw (an emoji, a rare ideograph): the PDF would show a box.
            throw new RefusedException("minutes.error.unprintable");
        }
    }

    /** E.g. "minutes-18-vi.pdf". */
    public String fileName(long meetingId, Language language, ExportFormat format) {
        return "minutes-" + meetings.get(meetingId).number() + "-" + language.name().toLowerCase(java.util.Locale.ROOT) + "."
                + format.extension();
    }
}
