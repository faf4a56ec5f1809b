package org.jwc.secretariat.communique;

import java.util.List;
import java.util.Locale;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.export.UnprintableCharacterException;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.ClientAddress;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A circulated version as DOCX or PDF, in Vietnamese, in Chinese (two texts of equal standing) and
 * bilingual in parallel columns. Built from the frozen text, never the working one, so that a file
 * always says what its fingerprint says. Anyone signed in may export.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class CommuniqueExport {

    private final ApprovalService approvals;
    private final CommuniqueAccess access;
    private final MeetingService meetings;
    private final PartyService parties;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CommuniqueExport(ApprovalService approvals, CommuniqueAccess access, MeetingService meetings, PartyService parties,
            Translations translations, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.approvals = approvals;
        this.access = access;
        this.meetings = meetings;
        this.parties = parties;
        this.translations = translations;
        this.currentUser = currentUser;
        this.events = events;
    }

    public byte[] export(long versionId, Edition edition, ExportFormat format) {
        var version = approvals.version(versionId);
        var communique = access.byId(version.communiqueId());
        var meeting = meetings.get(communique.meetingId());
        var isFinal = communique.isFinal() && Long.valueOf(version.id()).equals(communique.finalVersionId());
        List<Approval> approved = isFinal ? approvals.decisions(meeting.id()).stream()
                .filter(a -> a.versionId() == version.id() && a.approved()).toList() : List.of();
        var takingPart = access.takingPart(meeting);
        var byId = parties.byId();
        var document = new CommuniqueDocument(translations).of(version, approvals.text(versionId), isFinal, approved,
                takingPart, byId, SideZones.of(meeting, takingPart, byId), edition);
        try {
            var file = format.write(document);
            if (isFinal) {
                // Who took the text of record away, and which (the file's name carries its fingerprint).
                events.publishEvent(new SecurityEvent(SecurityEvent.Kind.FINAL_TEXT_EXPORTED,
                        currentUser.require().getUsername(), null, ClientAddress.current(),
                        fileName(version, meeting.number(), edition, format)));
            }
            return file;
        } catch (UnprintableCharacterException e) {
            // A character the embedded font cannot draw (an emoji, a rare ideograph): the PDF would show a box.
            throw new RefusedException("communique.error.unprintable");
        }
    }

    /** E.g. "communique-18-v2-3f2a9c1e-vi.pdf": the meeting, the version and its fingerprint. */
    public String fileName(long versionId, Edition edition, ExportFormat format) {
        var version = approvals.version(versionId);
        var meeting = meetings.get(access.byId(version.communiqueId()).meetingId());
        return fileName(version, meeting.number(), edition, format);
    }

    private static String fileName(CommuniqueVersion version, int meetingNumber, Edition edition, ExportFormat format) {
        return "communique-" + meetingNumber + "-v" + version.number() + "-" + version.fingerprint() + "-"
                + edition.name().toLowerCase(Locale.ROOT) + "." + format.extension();
    }
}
