package org.jwc.secretariat.proposal.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jwc.secretariat.base.ui.HistoryDialog;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalRevision;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ResponseRevision;
import org.jwc.secretariat.reading.ReadingService;
import org.jwc.secretariat.reading.ui.ChangedSince;

/** A proposal's saved versions for one reader: compared in a dialog, and what changed since they last looked. */
class ProposalHistory {

    private final ProposalService proposals;
    private final NegotiationService negotiation;
    private final ReadingService reading;
    private final ZoneId zone;

    ProposalHistory(ProposalService proposals, NegotiationService negotiation, ReadingService reading, ZoneId zone) {
        this.proposals = proposals;
        this.negotiation = negotiation;
        this.reading = reading;
        this.zone = zone;
    }

    /** A party's response as it changed: its position and comment, and its amended text compared. */
    HistoryDialog<ResponseRevision> responseDialog(long proposalId, long partyId) {
        var revisions = negotiation.responseHistory(proposalId, partyId);
        var dialog = new HistoryDialog<>(revisions, ResponseRevision::revision, List.of(
                new HistoryDialog.Field<ResponseRevision>("proposal.field.amendedText", r -> r.state().amendedText())), zone);
        return dialog.withSummary(r -> dialog.getTranslation("proposal.response.summary",
                dialog.getTranslation("proposal.position." + r.state().position().name()),
                r.state().comment() == null ? "—" : r.state().comment()));
    }

    HistoryDialog<ProposalRevision> dialog(long id) {
        return dialog(proposals.history(id));
    }

    /** The notice of changes saved since the reader last looked, if any; from now on, they have seen the latest. */
    Optional<ChangedSince> changedSinceLastLook(long id) {
        var revisions = proposals.history(id);
        var look = reading.lastLook(Proposal.KIND, id);
        lookedAtLatest(id, revisions);
        if (look.isEmpty()) {
            return Optional.empty();
        }
        var seen = revisions.stream().filter(r -> r.revision().id() <= look.get().revision()).reduce((a, b) -> b);
        var newer = revisions.stream().filter(r -> r.revision().id() > look.get().revision()).count();
        return seen.isEmpty() || newer == 0 ? Optional.empty()
                : Optional.of(new ChangedSince(look.get(), newer, zone, () -> dialog(revisions).since(seen.get()).open()));
    }

    /** The reader has the latest version on screen, e.g. after a pushed change. */
    void lookedAtLatest(long id) {
        lookedAtLatest(id, proposals.history(id));
    }

    private void lookedAtLatest(long id, List<ProposalRevision> revisions) {
        if (!revisions.isEmpty()) {
            reading.saw(Proposal.KIND, id, revisions.getLast().revision().id());
        }
    }

    private HistoryDialog<ProposalRevision> dialog(List<ProposalRevision> revisions) {
        return new HistoryDialog<>(revisions, ProposalRevision::revision, List.of(
                new HistoryDialog.Field<ProposalRevision>("proposal.field.title", r -> r.state().title()),
                new HistoryDialog.Field<ProposalRevision>("proposal.field.text", r -> r.state().text())), zone);
    }
}
