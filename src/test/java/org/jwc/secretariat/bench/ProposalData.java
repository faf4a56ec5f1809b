package org.jwc.secretariat.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Bench data, not a test: meetings full of submitted proposals with the responses of the parties
 * they address, written with batched JDBC inserts into the H2 file of a stopped application that
 * has already created its schema and demo data. Through the services this would take many minutes
 * (every record audited, one transaction each); here it takes seconds. The generated records have
 * no revision history, which no measured page reads.
 *
 * <p>Usage: {@code ProposalData <jdbc-url> <meetings> <proposals-per-meeting>}; see bench/proposals.sh.
 * Prints the first generated meeting's number, and one joint proposal of it under discussion with
 * the code of its owner party, for the push measurement.
 */
public final class ProposalData {

    private static final String[][] TOPICS = {
        {"thương mại biên giới", "边境贸易"}, {"kết nối giao thông", "交通互联互通"}, {"cửa khẩu thông minh", "智慧口岸"},
        {"du lịch", "旅游"}, {"giáo dục - đào tạo", "教育培训"}, {"y tế", "卫生健康"}, {"văn hóa", "文化"},
        {"quản lý biên giới", "边境管理"}, {"nông nghiệp", "农业"}, {"logistics", "物流"},
    };
    private static final String[] POSITIONS = {"SUPPORT", "SUPPORT_WITH_CHANGES", "NEEDS_DISCUSSION", "OPPOSE"};

    private record Party(long id, String code, String side) {
    }

    private final Connection db;
    private final long committee;
    private final List<Party> parties;
    private final List<Long> areas;
    private long nextMeetingId;
    private long nextProposalId;
    private long nextResponseId;

    private ProposalData(Connection db) throws SQLException {
        this.db = db;
        // The Joint Working Committee with Guangxi: its parties, areas and meetings, not the working group's.
        this.committee = longs(db, "select m.committee_id from committee_membership m join party p on p.id = m.party_id"
                + " where p.code = 'GX'").getFirst();
        this.parties = parties(db, committee);
        this.areas = longs(db, "select id from cooperation_area where committee_id = " + committee + " order by id");
        nextMeetingId = max(db, "meeting") + 1;
        nextProposalId = max(db, "proposal") + 1;
        nextResponseId = max(db, "proposal_response") + 1;
    }

    public static void main(String[] args) throws SQLException {
        var meetings = Integer.parseInt(args[1]);
        var perMeeting = Integer.parseInt(args[2]);
        try (var db = DriverManager.getConnection(args[0], "sa", "")) {
            db.setAutoCommit(false);
            var data = new ProposalData(db);
            var firstNumber = (int) max(db, "meeting where committee_id = " + data.committee, "meeting_number") + 1;
            long pushProposal = 0;
            String pushOwner = "";
            var t0 = System.nanoTime();
            for (int m = 0; m < meetings; m++) {
                var meetingId = data.meeting(firstNumber + m);
                var first = data.nextProposalId;
                data.proposals(meetingId, firstNumber + m, perMeeting);
                db.commit();
                if (m == 0) {
                    // Proposal 1 of the first meeting: a joint one under discussion (see proposals()).
                    pushProposal = first + 1;
                    pushOwner = data.owner(1).code();
                }
            }
            data.restartIdentities();
            db.commit();
            System.err.printf("generated %d meetings x %d proposals in %d ms; the database now holds %d proposals,"
                    + " %d addressed parties, %d responses%n", meetings, perMeeting, (System.nanoTime() - t0) / 1_000_000,
                    count(db, "proposal"), count(db, "proposal_counterpart"), count(db, "proposal_response"));
            System.out.printf("meeting=%d proposal=%d owner=%s%n", firstNumber, pushProposal, pushOwner.toLowerCase());
        }
    }

    /** A meeting in negotiation, a year after the one before it, hosted in turn. */
    private long meeting(int number) throws SQLException {
        var id = nextMeetingId++;
        var starts = LocalDateTime.of(2009 + number, 2, 20, 1, 30);
        var host = parties.get(number % parties.size());
        var coChair = host.side().equals("CN") ? parties.getFirst() : parties.getLast();
        try (var insert = db.prepareStatement("""
                insert into meeting (id, version, meeting_number, title_vi, title_zh, title_en, starts_at, ends_at,
                  meeting_format, venue_vi, venue_zh, host_party_id, co_chair_party_id, phase, proposal_deadline, committee_id)
                values (?, 0, ?, ?, ?, ?, ?, ?, 'IN_PERSON', ?, ?, ?, ?, 'NEGOTIATION', ?, ?)""")) {
            insert.setLong(1, id);
            insert.setInt(2, number);
            insert.setString(3, "Hội nghị lần thứ " + number + " Ủy ban Công tác liên hợp (dữ liệu đo hiệu năng)");
            insert.setString(4, "联合工作委员会第" + number + "次会议（性能测试数据）");
            insert.setString(5, "Joint Working Committee, meeting " + number + " (benchmark data)");
            insert.setObject(6, starts);
            insert.setObject(7, starts.plusHours(8));
            insert.setString(8, "Thành phố Lạng Sơn");
            insert.setString(9, "谅山市");
            insert.setLong(10, host.id());
            insert.setLong(11, coChair.id());
            insert.setObject(12, starts.minusDays(40));
            insert.setLong(13, committee);
            insert.executeUpdate();
        }
        return id;
    }

    /**
     * Each party in turn owns a proposal; of each party's proposals most are joint, one in ten is
     * side-wide and one in ten bilateral. One proposal in ten awaits its first response; the others
     * are under discussion with the position of every party they address.
     */
    private void proposals(long meetingId, int number, int count) throws SQLException {
        try (var proposal = db.prepareStatement("""
                insert into proposal (id, version, meeting_id, owner_party_id, area_id, scope, title_vi, title_zh,
                  text_vi, text_zh, status) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             var counterpart = db.prepareStatement("insert into proposal_counterpart (proposal_id, party_id) values (?, ?)");
             var response = db.prepareStatement("""
                insert into proposal_response (id, version, proposal_id, party_id, position, amended_text_vi,
                  amended_text_zh, comment) values (?, 0, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                var id = nextProposalId++;
                var owner = owner(i);
                var nth = i / parties.size(); // the how-manieth proposal of its owner
                var scope = nth % 10 == 3 ? "SIDE" : nth % 10 == 7 ? "BILATERAL" : "JOINT";
                var addressed = addressed(owner, scope, i);
                var topic = TOPICS[i % TOPICS.length];
                var label = String.format("%d/%03d", number, i);
                proposal.setLong(1, id);
                proposal.setLong(2, meetingId);
                proposal.setLong(3, owner.id());
                proposal.setLong(4, areas.get(i % areas.size()));
                proposal.setString(5, scope);
                proposal.setString(6, "Đề xuất " + label + ": tăng cường hợp tác " + topic[0]);
                proposal.setString(7, "提案" + label + "：加强" + topic[1] + "合作");
                proposal.setString(8, ("Đề nghị hai bên phối hợp triển khai các biện pháp cụ thể về " + topic[0]
                        + " trong năm tới, phân công đầu mối và báo cáo kết quả tại hội nghị lần sau. ").repeat(3));
                proposal.setString(9, ("建议双方协调落实" + topic[1] + "领域的具体措施，明确牵头单位，并在下次会议上报告进展。").repeat(3));
                var awaiting = nth % 10 == 5;
                proposal.setString(10, awaiting ? "SUBMITTED" : "UNDER_DISCUSSION");
                proposal.addBatch();
                for (int a = 0; a < addressed.size(); a++) {
                    counterpart.setLong(1, id);
                    counterpart.setLong(2, addressed.get(a).id());
                    counterpart.addBatch();
                    if (!awaiting) {
                        addResponse(response, id, addressed.get(a), POSITIONS[(i + a) % POSITIONS.length], topic);
                    }
                }
            }
            proposal.executeBatch();
            counterpart.executeBatch();
            response.executeBatch();
        }
    }

    private void addResponse(PreparedStatement response, long proposalId, Party party, String position, String[] topic)
            throws SQLException {
        var withChanges = position.equals("SUPPORT_WITH_CHANGES");
        response.setLong(1, nextResponseId++);
        response.setLong(2, proposalId);
        response.setLong(3, party.id());
        response.setString(4, position);
        response.setString(5, withChanges ? "Hai bên phối hợp triển khai hợp tác " + topic[0] + " trong năm 2028" : null);
        response.setString(6, withChanges ? "双方协调于2028年开展" + topic[1] + "合作" : null);
        response.setString(7, position.equals("SUPPORT") ? null : "Đề nghị làm rõ thời gian và đầu mối thực hiện.");
        response.addBatch();
    }

    private Party owner(int i) {
        return parties.get(i % parties.size());
    }

    /** Whom a proposal addresses, by the rule of its scope (proposal.Addressees). */
    private List<Party> addressed(Party owner, String scope, int i) {
        var others = new ArrayList<>(parties.stream().filter(p -> p.id() != owner.id()).toList());
        return switch (scope) {
            case "SIDE" -> others.stream().filter(p -> !p.side().equals(owner.side())).toList();
            case "BILATERAL" -> List.of(others.get(i % others.size()));
            default -> others;
        };
    }

    /** The application inserts with identity columns; they must continue after the explicit ids. */
    private void restartIdentities() throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute("alter table meeting alter column id restart with " + nextMeetingId);
            statement.execute("alter table proposal alter column id restart with " + nextProposalId);
            statement.execute("alter table proposal_response alter column id restart with " + nextResponseId);
        }
    }

    /** The committee's member parties today (Hà Giang has ended), in the order they were created. */
    private static List<Party> parties(Connection db, long committee) throws SQLException {
        var result = new ArrayList<Party>();
        try (var rows = db.createStatement().executeQuery("select p.id, p.code, p.side from party p join committee_membership m"
                + " on m.party_id = p.id where m.committee_id = " + committee + " and p.active_until is null"
                + " and m.member_until is null order by p.id")) {
            while (rows.next()) {
                result.add(new Party(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        return result;
    }

    private static List<Long> longs(Connection db, String sql) throws SQLException {
        var result = new ArrayList<Long>();
        try (var rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                result.add(rows.getLong(1));
            }
        }
        return result;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (var rows = db.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long max(Connection db, String table) throws SQLException {
        return max(db, table, "id");
    }

    private static long max(Connection db, String table, String column) throws SQLException {
        try (var rows = db.createStatement().executeQuery("select coalesce(max(" + column + "), 0) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
