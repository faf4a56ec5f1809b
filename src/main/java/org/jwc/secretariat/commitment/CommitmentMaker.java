package org.jwc.secretariat.commitment;

import java.time.Clock;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueDiscarded;
import org.jwc.secretariat.communique.CommuniqueFinal;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.CommuniqueText;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.SectionKind;
import org.jwc.secretariat.party.Party;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a communiqué that has just become final into commitments, in the same transaction: each
 * paragraph of its areas (the preamble and the closing commit nobody to anything), with the parties
 * responsible: every taking-part party for a common paragraph, the named ones for the others.
 */
@Component
class CommitmentMaker {

    private final Commitments commitments;
    private final CommitmentParties parties;
    private final ProgressNotes notes;
    private final ApprovalService approvals;
    private final CommuniqueService communiques;
    private final Clock clock;

    CommitmentMaker(Commitments commitments, CommitmentParties parties, ProgressNotes notes, ApprovalService approvals,
            CommuniqueService communiques, Clock clock) {
        this.commitments = commitments;
        this.parties = parties;
        this.notes = notes;
        this.approvals = approvals;
        this.communiques = communiques;
        this.clock = clock;
    }

    @EventListener
    void on(CommuniqueFinal done) {
        var text = approvals.text(done.versionId());
        if (commitments.existsByCommuniqueId(done.communiqueId())) {
            completeTexts(done.communiqueId(), text);
            return;
        }
        var everyone = communiques.takingPart(done.meetingId()).stream().map(Party::id).toList();
        int number = 0;
        for (var section : text.sections()) {
            for (var paragraph : section.paragraphs()) {
                number++;
                if (section.kind() != SectionKind.AREA) {
                    continue;
                }
                var commitment = commitments.save(new Commitment(done.meetingId(), done.communiqueId(), number,
                        section.areaId(), paragraph.kind(), paragraph.text(), clock.instant()));
                var responsible = paragraph.kind() == ParagraphKind.COMMON || paragraph.partyIds().isEmpty()
                        ? everyone : paragraph.partyIds();
                responsible.forEach(party -> parties.save(new CommitmentParty(commitment.id(), party)));
            }
        }
    }

    /** A newer final text of the same communiqué (an imported one given its other language): same paragraphs, more text. */
    private void completeTexts(long communiqueId, CommuniqueText text) {
        var paragraphs = text.paragraphs();
        for (var commitment : commitments.findByCommuniqueId(communiqueId)) {
            if (commitment.paragraphNumber() <= paragraphs.size()) {
                commitment.retext(paragraphs.get(commitment.paragraphNumber() - 1).text());
            }
        }
    }

    /**
     * An imported communiqué replaced by a new import takes its commitments with it, unless a party
     * has already reported on one: a report is never thrown away.
     */
    @EventListener
    void on(CommuniqueDiscarded discarded) {
        var made = commitments.findByCommuniqueId(discarded.communiqueId());
        var ids = made.stream().map(Commitment::id).toList();
        if (notes.existsByCommitmentIdIn(ids)) {
            throw new RefusedException("commitment.error.reportsExist");
        }
        parties.deleteAll(parties.findByCommitmentIdIn(ids));
        commitments.deleteAll(made);
        commitments.flush();
    }
}
