package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.OutcomeDraft;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A test meeting like the 18th (Lạng Sơn hosts, Guangxi co-chairs) brought through the workflow to
 * DRAFTING with agreed proposals: a common one on border gates, a Cao Bằng – Guangxi one on
 * transport, and a common one on tourism. Goes through the real services, as the parties would.
 */
public record AgreedProposals(ProposalService proposals, NegotiationService negotiation, MeetingService meetings,
        AreaService areas, PartyService parties, UserDetailsService accounts) {

    public static final String GATES_VI = "Các bên đồng ý tích cực thúc đẩy hợp tác xây dựng cửa khẩu thông minh.";
    public static final String GATES_ZH = "各方同意积极推动智慧口岸合作建设。";
    public static final String BRIDGE_VI = "Cao Bằng và Quảng Tây phối hợp đưa cầu đường bộ II Tà Lùng - Thủy Khẩu vào vận hành khai thác.";
    public static final String BRIDGE_ZH = "高平省与广西配合推动水口—朔龙二桥投入运营。";
    public static final String TOURISM_VI = "Các bên nhất trí cùng thúc đẩy khôi phục các hoạt động du lịch qua biên giới.";
    public static final String TOURISM_ZH = "各方同意共同推动恢复跨境旅游。";

    /** The fixture with the application's services. */
    public static AgreedProposals in(ApplicationContext context) {
        return new AgreedProposals(context.getBean(ProposalService.class), context.getBean(NegotiationService.class),
                context.getBean(MeetingService.class), context.getBean(AreaService.class), context.getBean(PartyService.class),
                context.getBean(UserDetailsService.class));
    }

    /** A new test meeting in DRAFTING with the three agreed proposals. */
    public Meeting inDrafting() {
        return agreedAndDrafting(TestMeetings.newMeeting(meetings, accounts)).meeting();
    }

    /** The meeting (hosted by Lạng Sơn, in PREPARATION) with the three proposals agreed, moved to DRAFTING. */
    public Agreed agreedAndDrafting(Meeting meeting) {
        SignedIn.as(accounts, "admin");
        var cb = parties.findByCode("CB").orElseThrow().id();
        var gx = parties.findByCode("GX").orElseThrow().id();
        var submitted = new ArrayList<Long>();
        submitted.add(submit(meeting, "ls.secretary", area("Cửa khẩu"), ProposalScope.JOINT, Set.of(), GATES_VI, GATES_ZH));
        submitted.add(submit(meeting, "cb.secretary", area("Kết nối giao thông"), ProposalScope.BILATERAL, Set.of(gx), BRIDGE_VI, BRIDGE_ZH));
        submitted.add(submit(meeting, "gx.secretary", area("Du lịch"), ProposalScope.JOINT, Set.of(), TOURISM_VI, TOURISM_ZH));
        moveTo(meeting, Phase.NEGOTIATION);
        SignedIn.as(accounts, "ls.secretary");
        for (var id : submitted) {
            var opened = negotiation.openDiscussion(id, proposals.get(id).getVersion());
            negotiation.decide(id, opened.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, "Đã thống nhất tại phiên họp"));
        }
        moveTo(meeting, Phase.IN_SESSION);
        moveTo(meeting, Phase.DRAFTING);
        var drafting = meetings.get(meeting.id());
        SignedIn.signOut();
        return new Agreed(drafting, List.copyOf(submitted));
    }

    /** The meeting in DRAFTING and the ids of the proposals agreed in it. */
    public record Agreed(Meeting meeting, List<Long> proposalIds) {
    }

    public void moveTo(Meeting meeting, Phase phase) {
        SignedIn.as(accounts, "admin");
        var current = meetings.get(meeting.id());
        meetings.changePhase(meeting.id(), current.getVersion(), phase);
    }

    private long submit(Meeting meeting, String secretary, long areaId, ProposalScope scope, Set<Long> counterparts,
            String vi, String zh) {
        SignedIn.as(accounts, secretary);
        var drafted = proposals.draft(meeting.id(), new ProposalDraft(areaId, scope, counterparts,
                new LocalizedText(vi.substring(0, 30), zh.substring(0, 6), null), new LocalizedText(vi, zh, null), null, null, null));
        return proposals.submit(drafted.id(), drafted.getVersion()).id();
    }

    private long area(String vi) {
        SignedIn.as(accounts, "admin");
        return areas.all().stream().filter(a -> vi.equals(a.name().vi())).map(CooperationArea::id).findFirst().orElseThrow();
    }
}
