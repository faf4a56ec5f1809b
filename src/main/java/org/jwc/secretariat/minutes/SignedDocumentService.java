package org.jwc.secretariat.minutes;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The register of documents signed at a meeting: every signed-in user reads it and downloads the
 * files; the host party's secretary registers, edits and removes entries while the minutes are
 * kept and not closed. A file is taken only if its content is a PDF or a DOCX named as such, within
 * the size limit and not yet registered for the meeting; an entry and its file are saved together
 * or not at all (ADR 0011).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class SignedDocumentService {

    private final SignedDocuments documents;
    private final DocumentFiles files;
    private final MinutesService minutes;
    private final MeetingService meetings;
    private final PartyService parties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    SignedDocumentService(SignedDocuments documents, DocumentFiles files, MinutesService minutes, MeetingService meetings,
            PartyService parties, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
            @Value("${jwc.documents.max-size}") DataSize maxSize) {
        this.documents = documents;
        this.files = files;
        this.minutes = minutes;
        this.meetings = meetings;
        this.parties = parties;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.maxBytes = maxSize.toBytes();
    }

    /** The meeting's register by date of signing; the files' bytes are not read. */
    public List<SignedDocument> list(long meetingId) {
        meetings.get(meetingId);
        return documents.findByMeetingIdOrderBySignedOnAscIdAsc(meetingId);
    }

    /** The committee's document; another committee's is refused as an unknown id. */
    public SignedDocument get(long documentId) {
        var document = documents.findById(documentId).orElseThrow(() -> new RefusedException("error.notFound"));
        meetings.get(document.meetingId());
        return document;
    }

    /** The largest file the register takes, in bytes ({@code jwc.documents.max-size}). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The file as registered, refused if its bytes no longer match the checksum taken when it was registered. */
    public DocumentDownload file(long documentId) {
        var document = get(documentId);
        var file = files.findById(document.fileId()).orElseThrow(() -> new RefusedException("error.notFound"));
        if (!FileCheck.sha256(file.bytes()).equals(document.sha256())) {
            throw new RefusedException("documents.error.damaged");
        }
        return new DocumentDownload(document.fileName(), document.contentType(), file.bytes(), document.sha256());
    }

    /**
     * Checks an upload as registering would, so that the host learns at once what is wrong with a
     * file, before filling in the rest; registering checks it again.
     */
    @PreAuthorize(MinutesService.SECRETARY)
    public DocumentType checkFile(long meetingId, @Nullable String fileName, InputStream content) {
        changeable(meetingId);
        var file = FileCheck.check(fileName, content, maxBytes);
        requireNotRegistered(meetingId, file);
        return file.type();
    }

    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public SignedDocument register(long meetingId, SignedDocumentDetails details, @Nullable String fileName, InputStream content) {
        var meeting = changeable(meetingId);
        var file = FileCheck.check(fileName, content, maxBytes);
        requireNotRegistered(meetingId, file);
        requireParties(details);
        var document = new SignedDocument(meetingId, details, today(meeting), file);
        document.storedIn(files.save(new DocumentFile(file)));
        return saved(document);
    }

    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public SignedDocument edit(long documentId, long expectedVersion, SignedDocumentDetails details) {
        var document = get(documentId);
        var meeting = changeable(document.meetingId());
        document.requireVersion(expectedVersion);
        requireParties(details);
        document.edit(details, today(meeting));
        return saved(document);
    }

    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public void remove(long documentId, long expectedVersion) {
        var document = get(documentId);
        changeable(document.meetingId());
        document.requireVersion(expectedVersion);
        var event = document.changed();
        documents.delete(document);
        documents.flush();
        // After the entry, which refers to the file; without loading the bytes only to delete them.
        files.deleteWithoutLoading(document.fileId());
        events.publishEvent(event);
    }

    /** Only the host's secretary changes the register, while the minutes are kept and not closed. */
    private Meeting changeable(long meetingId) {
        var meeting = meetings.inPhase(meetingId, MinutesService.KEPT);
        if (!currentUser.isOwnParty(meeting.hostPartyId())) {
            throw new AccessDeniedException("documents.error.hostOnly");
        }
        minutes.requireNotClosed(meetingId);
        return meeting;
    }

    /** The same file twice in one meeting's register is a mistake; the message names the entry that has it. */
    private void requireNotRegistered(long meetingId, CheckedFile file) {
        documents.findByMeetingIdAndSha256(meetingId, file.sha256()).ifPresent(existing -> {
            throw RefusedException.badInput(FileCheck.FIELD, "documents.error.duplicate", existing.title());
        });
    }

    private void requireParties(SignedDocumentDetails details) {
        var known = parties.byId();
        if (details.signatoryPartyIds() != null && !known.keySet().containsAll(details.signatoryPartyIds())) {
            throw RefusedException.badInput("signatories", "documents.error.unknownParty");
        }
    }

    /** Today where the meeting is hosted: a document signed there today is not dated in the future. */
    private LocalDate today(Meeting meeting) {
        return LocalDate.now(clock.withZone(parties.get(meeting.hostPartyId()).zone()));
    }

    private SignedDocument saved(SignedDocument document) {
        var saved = documents.saveAndFlush(document);
        events.publishEvent(saved.changed());
        return saved;
    }
}
