package org.jwc.secretariat.proposal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.PartyService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Proposals of a test meeting (Lạng Sơn hosts, as at the 18th) brought to an outcome through the
 * real services while the meeting prepares: the party's secretary submits, the host's decides.
 */
public record Outcomes(ProposalService proposals, NegotiationService negotiation, AreaService areas, PartyService parties,
        UserDetailsService accounts) {

    /** The background each party writes to these proposals. */
    public static final String BACKGROUND = "Tỉnh ủy đề nghị bàn lại vào năm sau";
    /** The free reference each of these proposals keeps. */
    public static final String FOLLOWS_UP = "Kết luận phiên họp trước";

    public static Outcomes in(ApplicationContext context) {
        return new Outcomes(context.getBean(ProposalService.class), context.getBean(NegotiationService.class),
                context.getBean(AreaService.class), context.getBean(PartyService.class), context.getBean(UserDetailsService.class));
    }

    /**
     * The party's bilateral proposal to Guangxi, with a background, submitted by the given secretary
     * and decided by the host as given; signed out afterwards.
     */
    public Proposal decided(Meeting meeting, String secretary, ProposalStatus outcome, String vi, String zh,
            @Nullable Long followsUpCommitmentId) {
        SignedIn.as(accounts, secretary);
        var guangxi = parties.findByCode("GX").orElseThrow().id();
        var draft = proposals.draft(meeting.id(), new ProposalDraft(areas.children(null).getFirst().id(),
                ProposalScope.BILATERAL, Set.of(guangxi), new LocalizedText(vi, zh, null),
                new LocalizedText(vi + ": đề nghị hai bên phối hợp", zh + "：建议双方加强合作", null), FOLLOWS_UP,
                followsUpCommitmentId, BACKGROUND));
        var submitted = proposals.submit(draft.id(), draft.getVersion());
        SignedIn.as(accounts, "ls.secretary");
        var opened = negotiation.openDiscussion(submitted.id(), submitted.getVersion());
        var decided = negotiation.decide(submitted.id(), opened.getVersion(), OutcomeDraft.of(outcome, "Để hội nghị sau bàn tiếp"));
        SignedIn.signOut();
        return decided;
    }
}
