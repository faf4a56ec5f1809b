package org.jwc.secretariat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.Sha256;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The newest migrations applied to a database that already holds a committee's data, as a
 * deployment's would: on its own H2 database, and in the MariaDB run on the database .ci/run sets
 * aside for it (the shared test database is already at the newest version).
 */
@Tag("database")
class MigrationOnExistingDataTest {

    private final String url = System.getProperty("spring.datasource.url") == null
            ? "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
            : System.getProperty("spring.datasource.url") + "_migration";
    private final String user = System.getProperty("spring.datasource.username", "sa");
    private final String password = System.getProperty("spring.datasource.password", "");

    @Test
    void accountsMadeBeforeTimeZonesKeepEverythingAndReadTheirPartysZone() throws SQLException {
        flyway("13").clean();
        flyway("13").migrate();
        try (var db = connect()) {
            db.createStatement().executeUpdate("""
                    INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from, host_order)
                    VALUES (0, 'LS', 'Lạng Sơn', '谅山省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2008-01-01', 3)""");
            db.createStatement().executeUpdate("""
                    INSERT INTO app_user (version, username, full_name, party_id, roles, preferred_language, password_hash,
                        enabled, must_change_password, failed_logins)
                    SELECT 2, 'ls.secretary', 'Bùi Thị Hoa', id, 'SECRETARY', 'VI', '{bcrypt}x', TRUE, FALSE, 1
                    FROM party WHERE code = 'LS'""");
        }

        var result = flyway(null).migrate();

        assertThat(result.migrationsExecuted).as("the migrations after V013").isGreaterThanOrEqualTo(1);
        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT u.version, u.full_name, u.roles, u.time_zone, p.time_zone AS party_zone
                FROM app_user u JOIN party p ON p.id = u.party_id WHERE u.username = 'ls.secretary'""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("version")).isEqualTo(2);
            assertThat(rows.getString("full_name")).isEqualTo("Bùi Thị Hoa");
            assertThat(rows.getString("roles")).isEqualTo("SECRETARY");
            assertThat(rows.getString("time_zone")).as("no zone chosen: the party's applies").isNull();
            assertThat(rows.getString("party_zone")).isEqualTo("Asia/Ho_Chi_Minh");
        }
        flyway(null).clean();
    }

    @Test
    void aProposalAgreedAsAmendedBeforeHostWordingsKeepsTheResponseItTook() throws SQLException {
        flyway("14").clean();
        flyway("14").migrate();
        try (var db = connect()) {
            db.createStatement().executeUpdate("""
                    INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from, host_order)
                    VALUES (0, 'LS', 'Lạng Sơn', '谅山省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2008-01-01', 3),
                           (0, 'GX', 'Quảng Tây', '广西', 'CN', 'Asia/Shanghai', DATE '2008-01-01', 1)""");
            db.createStatement().executeUpdate("""
                    INSERT INTO meeting (version, meeting_number, title_vi, title_zh, starts_at, ends_at, meeting_format,
                        host_party_id, co_chair_party_id, phase)
                    SELECT 0, 18, 'Hội nghị lần thứ 18', '第十八次会议', TIMESTAMP '2027-11-10 01:00:00',
                        TIMESTAMP '2027-11-10 09:00:00', 'IN_PERSON', ls.id, gx.id, 'NEGOTIATION'
                    FROM party ls, party gx WHERE ls.code = 'LS' AND gx.code = 'GX'""");
            db.createStatement().executeUpdate("""
                    INSERT INTO proposal (version, meeting_id, owner_party_id, scope, title_vi, title_zh, text_vi, text_zh,
                        status, outcome_reason)
                    SELECT 3, m.id, p.id, 'JOINT', 'Cửa khẩu Hữu Nghị', '友谊关口岸', 'Nâng cấp cửa khẩu', '口岸升级',
                        'AGREED_AMENDED', 'Nhất trí theo ý kiến của Quảng Tây'
                    FROM meeting m, party p WHERE m.meeting_number = 18 AND p.code = 'LS'""");
            db.createStatement().executeUpdate("""
                    INSERT INTO proposal_response (version, proposal_id, party_id, position, amended_text_vi, amended_text_zh)
                    SELECT 0, pr.id, p.id, 'SUPPORT_WITH_CHANGES', 'Nâng cấp cửa khẩu năm 2027', '2027年口岸升级'
                    FROM proposal pr, party p WHERE p.code = 'GX'""");
            db.createStatement().executeUpdate("UPDATE proposal SET agreed_response_id = (SELECT id FROM proposal_response)");
        }

        var result = flyway(null).migrate();

        assertThat(result.migrationsExecuted).as("the migrations after V014").isGreaterThanOrEqualTo(1);
        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT p.version, p.status, p.outcome_reason, r.amended_text_zh,
                    (SELECT COUNT(*) FROM proposal_host_wording) AS host_wordings
                FROM proposal p JOIN proposal_response r ON r.id = p.agreed_response_id""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("version")).isEqualTo(3);
            assertThat(rows.getString("status")).isEqualTo("AGREED_AMENDED");
            assertThat(rows.getString("outcome_reason")).isEqualTo("Nhất trí theo ý kiến của Quảng Tây");
            assertThat(rows.getString("amended_text_zh")).as("the agreed text stays the response's").isEqualTo("2027年口岸升级");
            assertThat(rows.getLong("host_wordings")).as("no host wrote a wording before there was one to write").isZero();
        }
        flyway(null).clean();
    }

    @Test
    void accountsMadeBeforeTheSecondFactorHaveNoneAndKeepTheirPasswords() throws SQLException {
        flyway("15").clean();
        flyway("15").migrate();
        try (var db = connect()) {
            db.createStatement().executeUpdate("""
                    INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from, host_order)
                    VALUES (0, 'CB', 'Cao Bằng', '高平省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2008-01-01', 4)""");
            db.createStatement().executeUpdate("""
                    INSERT INTO app_user (version, username, full_name, party_id, roles, preferred_language, password_hash,
                        enabled, must_change_password, failed_logins)
                    SELECT 1, 'cb.leader', 'Nông Văn Lãnh', id, 'LEADER', 'VI', '{bcrypt}y', TRUE, FALSE, 0
                    FROM party WHERE code = 'CB'""");
        }

        var result = flyway(null).migrate();

        assertThat(result.migrationsExecuted).as("the migrations after V015").isGreaterThanOrEqualTo(1);
        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT version, password_hash, second_factor_since, (SELECT COUNT(*) FROM one_time_tokens) AS codes
                FROM app_user WHERE username = 'cb.leader'""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("version")).isEqualTo(1);
            assertThat(rows.getString("password_hash")).isEqualTo("{bcrypt}y");
            assertThat(rows.getTimestamp("second_factor_since")).as("a leader passes the code at the next sign-in").isNull();
            assertThat(rows.getLong("codes")).isZero();
        }
        flyway(null).clean();
    }

    @Test
    void aLockOutInForceBeforeThrottlingByAddressEndsAndTheAccountKeepsEverythingElse() throws SQLException {
        flyway("17").clean();
        flyway("17").migrate();
        try (var db = connect()) {
            db.createStatement().executeUpdate("""
                    INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from, host_order)
                    VALUES (0, 'QN', 'Quảng Ninh', '广宁省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2008-01-01', 2)""");
            db.createStatement().executeUpdate("""
                    INSERT INTO app_user (version, username, full_name, party_id, roles, preferred_language, password_hash,
                        enabled, must_change_password, failed_logins, locked_until, second_factor_since)
                    SELECT 4, 'qn.leader', 'Vũ Đại Thắng', id, 'LEADER', 'VI', '{bcrypt}z', TRUE, FALSE, 5,
                        TIMESTAMP '2999-01-01 00:00:00', TIMESTAMP '2026-11-30 08:00:00'
                    FROM party WHERE code = 'QN'""");
        }

        var result = flyway(null).migrate();

        assertThat(result.migrationsExecuted).as("the migrations after V017").isGreaterThanOrEqualTo(1);
        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT version, full_name, password_hash, second_factor_since, last_sign_in_at,
                    (SELECT COUNT(*) FROM sign_in_attempt) AS attempts
                FROM app_user WHERE username = 'qn.leader'""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("version")).isEqualTo(4);
            assertThat(rows.getString("full_name")).isEqualTo("Vũ Đại Thắng");
            assertThat(rows.getString("password_hash")).isEqualTo("{bcrypt}z");
            assertThat(rows.getTimestamp("second_factor_since")).isNotNull();
            assertThat(rows.getTimestamp("last_sign_in_at")).as("no sign-in recorded yet").isNull();
            assertThat(rows.getLong("attempts")).isZero();
            assertThat(db.getMetaData().getColumns(db.getCatalog(), null, "app_user", "locked_until").next())
                    .as("the lock by name alone is gone").isFalse();
        }
        flyway(null).clean();
    }

    @Test
    void areasAndMeetingsMadeBeforeSeveralCommitteesBelongToTheCommitteeThere() throws SQLException {
        flyway("19").clean();
        flyway("19").migrate();
        try (var db = connect()) {
            db.createStatement().executeUpdate("""
                    INSERT INTO committee (version, name_vi, name_zh) VALUES (3, 'Ủy ban Công tác liên hợp', '联合工作委员会')""");
            insertAreaAndEighteenth(db);
        }

        var result = flyway(null).migrate();

        assertThat(result.migrationsExecuted).as("the migrations after V019").isGreaterThanOrEqualTo(1);
        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT c.version, c.name_vi, (SELECT COUNT(*) FROM committee) AS committees,
                    (SELECT COUNT(*) FROM meeting m WHERE m.committee_id = c.id AND m.meeting_number = 18) AS meetings,
                    (SELECT COUNT(*) FROM cooperation_area a WHERE a.committee_id = c.id) AS areas
                FROM committee c""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("version")).isEqualTo(3);
            assertThat(rows.getString("name_vi")).isEqualTo("Ủy ban Công tác liên hợp");
            assertThat(rows.getLong("committees")).isEqualTo(1);
            assertThat(rows.getLong("meetings")).isEqualTo(1);
            assertThat(rows.getLong("areas")).isEqualTo(1);
        }
        try (var db = connect()) {
            db.createStatement().executeUpdate("INSERT INTO committee (version, name_vi, name_zh) VALUES (0, 'Nhóm công tác', '工作组')");
            assertThat(db.createStatement().executeUpdate(eighteenthOf("(SELECT MAX(id) FROM committee)")))
                    .as("another committee's 18th").isEqualTo(1);
            assertThatThrownBy(() -> db.createStatement().executeUpdate(eighteenthOf("(SELECT MIN(id) FROM committee)")))
                    .as("a second 18th in the same committee").isInstanceOf(SQLException.class);
        }
        flyway(null).clean();
    }

    @Test
    void areasMadeBeforeTheCommitteeWasNamedGetAnUnnamedCommitteeToBeNamedAsBefore() throws SQLException {
        flyway("19").clean();
        flyway("19").migrate();
        try (var db = connect()) {
            insertAreaAndEighteenth(db);
        }

        flyway(null).migrate();

        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT c.name_vi, (SELECT COUNT(*) FROM cooperation_area a WHERE a.committee_id = c.id) AS areas
                FROM committee c""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("name_vi")).isEmpty();
            assertThat(rows.getLong("areas")).isEqualTo(1);
            assertThat(rows.next()).as("one committee").isFalse();
        }
        flyway(null).clean();
    }

    @Test
    void partiesMadeBeforeMembershipsAreMembersOfTheCommitteeThereInTheRotationOrderTheyHad() throws SQLException {
        flyway("21").clean();
        flyway("21").migrate();
        try (var db = connect()) {
            db.createStatement().executeUpdate("INSERT INTO committee (version, name_vi, name_zh) VALUES (0, 'Ủy ban', '委员会')");
            db.createStatement().executeUpdate("""
                    INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from, host_order)
                    VALUES (0, 'LS', 'Lạng Sơn', '谅山省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2008-01-01', 3),
                           (0, 'GX', 'Quảng Tây', '广西', 'CN', 'Asia/Shanghai', DATE '2008-01-01', 1),
                           (4, 'TQ', 'Tuyên Quang', '宣光省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2025-07-01', NULL)""");
        }

        flyway(null).migrate();

        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT p.code, p.version, m.host_order, m.member_from, m.member_until, c.kind
                FROM party p JOIN committee_membership m ON m.party_id = p.id JOIN committee c ON c.id = m.committee_id
                ORDER BY p.code""")) {
            var found = new ArrayList<String>();
            while (rows.next()) {
                assertThat(rows.getString("kind")).isEqualTo("COMMITTEE");
                assertThat(rows.getObject("member_from")).as("a member for as long as it exists").isNull();
                assertThat(rows.getObject("member_until")).isNull();
                found.add(rows.getString("code") + " " + rows.getObject("host_order") + " v" + rows.getLong("version"));
            }
            assertThat(found).containsExactly("GX 1 v0", "LS 3 v0", "TQ null v4");
            assertThat(db.getMetaData().getColumns(db.getCatalog(), null, "party", "host_order").next())
                    .as("the order is the membership's now").isFalse();
        }
        flyway(null).clean();
    }

    @Test
    void partiesMadeBeforeTheCommitteeWasNamedAreMembersOfAnUnnamedCommittee() throws SQLException {
        flyway("21").clean();
        flyway("21").migrate();
        try (var db = connect()) {
            db.createStatement().executeUpdate("""
                    INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from, host_order)
                    VALUES (0, 'LS', 'Lạng Sơn', '谅山省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2008-01-01', 3)""");
        }

        flyway(null).migrate();

        try (var db = connect(); var rows = db.createStatement().executeQuery("""
                SELECT c.name_vi, m.host_order FROM committee c JOIN committee_membership m ON m.committee_id = c.id""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("name_vi")).isEmpty();
            assertThat(rows.getInt("host_order")).isEqualTo(3);
            assertThat(rows.next()).as("one committee, one membership").isFalse();
        }
        flyway(null).clean();
    }

    @Test
    void theDemoDataOfTheVersionBeforeSeveralCommitteesMigratesWhole() throws SQLException, IOException {
        flyway("19").clean();
        flyway("19").migrate();
        long committee;
        Map<String, Long> rowsBefore;
        Map<Object, Object> meetingNumbers;
        Map<Object, Object> hostOrders;
        try (var db = connect()) {
            var tables = load(db, "/migration/demo-data-v019.sql");
            committee = single(db, "SELECT id FROM committee");
            rowsBefore = counts(db, tables);
            meetingNumbers = pairs(db, "SELECT id, meeting_number FROM meeting");
            hostOrders = pairs(db, "SELECT id, host_order FROM party");
        }
        assertThat(rowsBefore).as("the demo's rows are loaded")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive())
                .containsKeys("meeting", "cooperation_area", "app_user", "party", "communique_version");

        var result = flyway(null).migrate();

        assertThat(result.migrationsExecuted).as("V020 and after").isGreaterThanOrEqualTo(1);
        try (var db = connect()) {
            assertThat(counts(db, rowsBefore.keySet())).as("no row lost or added").isEqualTo(rowsBefore);
            assertThat(counts(db, List.of("proposal", "agenda_item"))).as("the demo has none, and gains none")
                    .containsOnly(Map.entry("proposal", 0L), Map.entry("agenda_item", 0L));
            assertThat(single(db, "SELECT COUNT(*) FROM committee")).as("no unnamed committee added").isEqualTo(1);
            assertThat(pairs(db, "SELECT id, committee_id FROM meeting")).as("every meeting the committee's")
                    .hasSize(meetingNumbers.size()).containsOnlyKeys(meetingNumbers.keySet()).allSatisfy((id, c) -> assertThat(c).isEqualTo(committee));
            assertThat(pairs(db, "SELECT id, committee_id FROM cooperation_area")).as("every area the committee's")
                    .hasSize(rowsBefore.get("cooperation_area").intValue()).allSatisfy((id, c) -> assertThat(c).isEqualTo(committee));
            assertThat(pairs(db, "SELECT id, meeting_number FROM meeting")).as("numbered as before").isEqualTo(meetingNumbers);
            // V022: each party a member of the committee, in the place it had in the host rotation.
            assertThat(single(db, "SELECT COUNT(*) FROM committee_membership")).as("one membership a party")
                    .isEqualTo(hostOrders.size());
            assertThat(pairs(db, "SELECT party_id, host_order FROM committee_membership WHERE committee_id = " + committee))
                    .as("the host order kept").isEqualTo(hostOrders);
            // The circulated communiqué is approved by its SHA-256: its text (backslashes and all) must read the same.
            try (var rows = db.createStatement().executeQuery("SELECT content, sha256 FROM communique_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("content")).contains("\\\"");
                assertThat(Sha256.hex(rows.getString("content").getBytes(StandardCharsets.UTF_8))).isEqualTo(rows.getString("sha256"));
            }
        }
        flyway(null).clean();
    }

    private static void insertAreaAndEighteenth(Connection db) throws SQLException {
        db.createStatement().executeUpdate("""
                INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from, host_order)
                VALUES (0, 'LS', 'Lạng Sơn', '谅山省', 'VN', 'Asia/Ho_Chi_Minh', DATE '2008-01-01', 3),
                       (0, 'GX', 'Quảng Tây', '广西', 'CN', 'Asia/Shanghai', DATE '2008-01-01', 1)""");
        db.createStatement().executeUpdate("""
                INSERT INTO cooperation_area (version, position, name_vi, name_zh) VALUES (0, 1, 'Kinh tế thương mại', '经贸')""");
        db.createStatement().executeUpdate("""
                INSERT INTO meeting (version, meeting_number, title_vi, title_zh, starts_at, ends_at, meeting_format,
                    host_party_id, co_chair_party_id, phase)
                SELECT 0, 18, 'Hội nghị lần thứ 18', '第十八次会议', TIMESTAMP '2027-11-10 01:00:00',
                    TIMESTAMP '2027-11-10 09:00:00', 'IN_PERSON', ls.id, gx.id, 'PREPARATION'
                FROM party ls, party gx WHERE ls.code = 'LS' AND gx.code = 'GX'""");
    }

    private static String eighteenthOf(String committee) {
        return """
                INSERT INTO meeting (version, committee_id, meeting_number, title_vi, title_zh, starts_at, ends_at,
                    meeting_format, host_party_id, co_chair_party_id, phase)
                SELECT 0, %s, 18, 'Phiên họp lần thứ 18', '第十八次会议', starts_at, ends_at, meeting_format,
                    host_party_id, co_chair_party_id, phase FROM meeting WHERE id = (SELECT MIN(id) FROM meeting)""".formatted(committee);
    }

    /** Runs a dump's statements and returns the tables it fills. */
    private static Set<String> load(Connection db, String resource) throws SQLException, IOException {
        if (!db.getMetaData().getDatabaseProductName().equals("H2")) {
            // The dump's strings are standard SQL: a backslash is a character, as on H2.
            db.createStatement().execute("SET sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
        }
        String script;
        try (var in = MigrationOnExistingDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var tables = new LinkedHashSet<String>();
        for (var statement : statements(script)) {
            assertThat(statement).startsWith("INSERT INTO ");
            tables.add(statement.substring("INSERT INTO ".length(), statement.indexOf(' ', "INSERT INTO ".length())));
            db.createStatement().executeUpdate(statement);
        }
        return tables;
    }

    /** A script's statements: cut at each ";" outside a string, "--" comments left out. */
    private static List<String> statements(String script) {
        var statements = new ArrayList<String>();
        var statement = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!inString && script.startsWith("--", i)) {
                i = script.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
            } else if (!inString && c == ';') {
                statements.add(statement.toString().strip());
                statement.setLength(0);
            } else {
                inString ^= c == '\'';
                statement.append(c);
            }
        }
        assertThat(statement.toString()).as("after the last statement").isBlank();
        return statements;
    }

    private static Map<String, Long> counts(Connection db, Collection<String> tables) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : tables) {
            counts.put(table, single(db, "SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private static long single(Connection db, String query) throws SQLException {
        try (var rows = db.createStatement().executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            long value = rows.getLong(1);
            assertThat(rows.next()).as("one row: " + query).isFalse();
            return value;
        }
    }

    /** The first column's value to the second's (null kept), row by row. */
    private static Map<Object, Object> pairs(Connection db, String query) throws SQLException {
        var pairs = new HashMap<Object, Object>();
        try (var rows = db.createStatement().executeQuery(query)) {
            while (rows.next()) {
                pairs.put(rows.getObject(1), rows.getObject(2));
            }
        }
        return pairs;
    }

    private Flyway flyway(@Nullable String target) {
        var configuration = Flyway.configure().dataSource(url, user, password).cleanDisabled(false);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
