package org.jwc.secretariat.communique;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deletes an imported communiqué with everything kept about it, so that a new import of the same
 * meeting replaces it. Children first, flushed before the new communiqué is saved: Hibernate would
 * otherwise insert it before deleting the old one, against the one-communiqué-per-meeting key.
 */
@Component
class ImportedCommuniqueRemoval {

    private final Communiques communiques;
    private final CommuniqueSections sections;
    private final Paragraphs paragraphs;
    private final Brackets brackets;
    private final CommuniqueVersions versions;
    private final Approvals approvals;
    private final ApplicationEventPublisher events;

    ImportedCommuniqueRemoval(Communiques communiques, CommuniqueSections sections, Paragraphs paragraphs, Brackets brackets,
            CommuniqueVersions versions, Approvals approvals, ApplicationEventPublisher events) {
        this.communiques = communiques;
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.brackets = brackets;
        this.versions = versions;
        this.approvals = approvals;
        this.events = events;
    }

    /** Removes the meeting's imported communiqué, if it has one; one made in the platform is refused before. */
    void removeImported(long meetingId) {
        var found = communiques.lockByMeetingId(meetingId);
        if (found.isEmpty()) {
            return;
        }
        var communique = found.get();
        if (!communique.imported()) {
            throw new IllegalStateException("only an imported communiqué is ever replaced");
        }
        events.publishEvent(new CommuniqueDiscarded(meetingId, communique.id()));
        var all = paragraphs.findByCommuniqueIdOrderByPositionAsc(communique.id());
        approvals.deleteAll(approvals.findByCommuniqueIdOrderByDecidedAtAsc(communique.id()));
        versions.deleteAll(versions.findByCommuniqueIdOrderByNumberAsc(communique.id()));
        brackets.deleteAll(brackets.findByParagraphIdInOrderByIdAsc(all.stream().map(Paragraph::id).toList()));
        paragraphs.deleteAll(all);
        sections.deleteAll(sections.findByCommuniqueIdOrderByPositionAsc(communique.id()));
        communiques.delete(communique);
        communiques.flush();
    }
}
