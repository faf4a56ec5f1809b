package org.jwc.secretariat.commitment;

import java.time.Clock;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueFinal;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.SectionKind;
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
    private final ApprovalService approvals;
    private final Clock clock;

    CommitmentMaker(Commitments commitments, CommitmentParties parties, ApprovalService approvals, Clock clock) {
        this.commitments = commitments;
        this.parties = parties;
        this.approvals = approvals;
        this.clock = clock;
    }

    @EventListener
    void on(CommuniqueFinal done) {
        if (commitments.existsByCommuniqueId(done.communiqueId())) {
            return;
        }
        var text = approvals.text(done.versionId());
        var everyone = approvals.standing(done.meetingId()).stream().map(s -> s.party().id()).toList();
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
}
