package org.jwc.secretariat.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.SqlStatements;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * No N+1 behind the lazy grids: one page of a meeting's proposal list, or of its response matrix,
 * costs the same few SQL statements whether it holds 10 rows or 50, counted with Hibernate's
 * statistics. The proposals are created in the test's own transaction and rolled back, so the
 * shared MariaDB database keeps none of them.
 */
@DatabaseTest
@Transactional
class ProposalQueryCountTest {

    /**
     * The meeting, checked to be the committee's (ADR 0025), the page of proposals, then the parties
     * they address in one batch (@BatchSize on the collection).
     */
    private static final long LIST_PAGE = 3;
    /** The meeting, then the count. */
    private static final long COUNT = 2;
    /** The list's page, then the responses to the page's proposals. */
    private static final long MATRIX_PAGE = LIST_PAGE + 1;
    private static final int PROPOSALS = 60;
    private static final List<String> ADDRESSED = List.of("tq", "ls", "cb", "gx");

    @Autowired ProposalService proposals;
    @Autowired NegotiationService negotiation;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired EntityManager entityManager;
    @Autowired EntityManagerFactory entityManagerFactory;

    private long meetingId;
    private ProposalFilter quangNinhs;
    private final long[] ids = new long[PROPOSALS];

    /** Quảng Ninh's joint proposals to meeting 18, each answered by all four parties it addresses. */
    @BeforeEach
    void proposalsWithResponses() {
        SignedIn.as(accounts, "qn.secretary");
        meetingId = meetings.findByNumber(18).orElseThrow().id();
        quangNinhs = new ProposalFilter(null, parties.findByCode("QN").orElseThrow().id(), null);
        var areaId = areas.children(null).getFirst().id();
        for (int i = 0; i < PROPOSALS; i++) {
            var draft = proposals.draft(meetingId, new ProposalDraft(areaId, ProposalScope.JOINT, Set.of(),
                    new LocalizedText("Đếm truy vấn " + i, "查询计数 " + i, null),
                    new LocalizedText("Nội dung " + i, "内容 " + i, null), null, null, null));
            ids[i] = proposals.submit(draft.id(), draft.getVersion()).id();
        }
        for (var party : ADDRESSED) {
            SignedIn.as(accounts, party + ".secretary");
            for (var id : ids) {
                negotiation.respond(id, null, new ResponseDraft(Position.SUPPORT, LocalizedText.EMPTY, null));
            }
        }
        SignedIn.as(accounts, "gx.leader");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aPageOfTheProposalListCostsTheSameStatementsForTenRowsAsForFifty() {
        var ten = statements(() -> proposals.visible(meetingId, quangNinhs, 0, 10), 10);
        var fifty = statements(() -> proposals.visible(meetingId, quangNinhs, 0, 50), 50);
        assertThat(ten).isEqualTo(LIST_PAGE);
        assertThat(fifty).isEqualTo(ten);
        assertThat(statements(() -> List.of(proposals.countVisible(meetingId, quangNinhs)), 1)).isEqualTo(COUNT);
    }

    @Test
    void aPageOfTheResponseMatrixCostsTheSameStatementsForTenRowsAsForFifty() {
        var ten = statements(() -> negotiation.matrix(meetingId, quangNinhs, 0, 10), 10);
        var fifty = statements(() -> negotiation.matrix(meetingId, quangNinhs, 0, 50), 50);
        assertThat(ten).isEqualTo(MATRIX_PAGE);
        assertThat(fifty).isEqualTo(ten);
        var last = negotiation.matrix(meetingId, quangNinhs, 0, 10_000).stream()
                .filter(r -> r.proposal().id() == ids[PROPOSALS - 1]).findFirst().orElseThrow();
        assertThat(last.positions()).hasSize(ADDRESSED.size());
    }

    /** SQL statements the page costs, read from the database as a new request would (nothing cached). */
    private long statements(Supplier<List<?>> page, int rows) {
        entityManager.flush();
        entityManager.clear();
        return SqlStatements.preparedBy(entityManagerFactory, () -> assertThat(page.get()).hasSize(rows));
    }
}
