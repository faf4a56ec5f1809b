package org.jwc.secretariat;

import java.util.List;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.Decision;
import org.jwc.secretariat.meeting.Meeting;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A test meeting (see {@link TestMeetings}: Lạng Sơn hosts, Guangxi co-chairs) in DRAFTING whose
 * host's secretary has generated the communiqué from the three agreed proposals of
 * {@link AgreedProposals}, ready to be circulated and approved through the real services. The
 * caller discards it with {@link TestMeetings#discardAll}.
 */
public final class CirculatedCommuniques {

    /** The leaders of the parties taking part in a meeting like the 18th (Hà Giang has merged into Tuyên Quang). */
    public static final List<String> LEADERS = List.of("tq.leader", "qn.leader", "ls.leader", "cb.leader", "gx.leader");

    public static final String HOST_SECRETARY = "ls.secretary";

    private final Meeting meeting;
    private final ApprovalService approvals;
    private final UserDetailsService accounts;

    private CirculatedCommuniques(Meeting meeting, ApprovalService approvals, UserDetailsService accounts) {
        this.meeting = meeting;
        this.approvals = approvals;
        this.accounts = accounts;
    }

    /** A new meeting with its generated draft; leaves the host's secretary signed in. */
    public static CirculatedCommuniques generatedDraft(ApplicationContext context) {
        var meeting = AgreedProposals.in(context).inDrafting();
        var accounts = context.getBean(UserDetailsService.class);
        SignedIn.as(accounts, HOST_SECRETARY);
        context.getBean(CommuniqueService.class).generate(meeting.id());
        return new CirculatedCommuniques(meeting, context.getBean(ApprovalService.class), accounts);
    }

    public Meeting meeting() {
        return meeting;
    }

    /** The host's secretary circulates the working text as it stands; leaves them signed in. */
    public CommuniqueVersion circulate() {
        SignedIn.as(accounts, HOST_SECRETARY);
        return approvals.circulate(meeting.id());
    }

    /** Each of the leaders approves the version, in turn; leaves the last one signed in. */
    public void approve(CommuniqueVersion version, String... leaders) {
        for (var leader : leaders) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }
    }

    /** Circulates the working text and has every taking-part leader approve it, which makes it final. */
    public CommuniqueVersion madeFinal() {
        var version = circulate();
        approve(version, LEADERS.toArray(String[]::new));
        return version;
    }
}
