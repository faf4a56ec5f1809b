package org.jwc.secretariat.demo;

import static org.jwc.secretariat.party.Side.CN;
import static org.jwc.secretariat.party.Side.VN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.communique.past.PastCommuniqueImport;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingFormat;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyDetails;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Side;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SystemAccount;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Loads the committee's real history on an empty database, through the same services an
 * administrator uses (so demo data obeys every rule). Does nothing when parties exist already.
 * It loads as the context starts, before the web server does (a lower phase): the first login
 * page a newcomer sees can sign them in, rather than refuse the demo accounts for a few seconds.
 */
@Component
@Profile("demo")
class DemoData implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZoneId NANNING = ZoneId.of("Asia/Shanghai");
    /** The committee's mechanism predates our records; parties count as members from this date. */
    private static final LocalDate MEMBER_SINCE = LocalDate.of(2008, 1, 1);

    private final CommitteeService committee;
    private final PartyService parties;
    private final AreaService areas;
    private final MeetingService meetings;
    private final UserService users;
    private final PastCommuniqueImport pastCommuniques;
    private final DemoMeetings demoMeetings = new DemoMeetings();

    DemoData(CommitteeService committee, PartyService parties, AreaService areas, MeetingService meetings,
            UserService users, PastCommuniqueImport pastCommuniques) {
        this.committee = committee;
        this.parties = parties;
        this.areas = areas;
        this.meetings = meetings;
        this.users = users;
        this.pastCommuniques = pastCommuniques;
    }

    private volatile boolean running;
    private boolean checked;

    /** Once per context: a paused context started again (the tests' context cache does) has its data. */
    @Override
    public void start() {
        running = true;
        if (checked) {
            return;
        }
        checked = true;
        SystemAccount.run(() -> {
            if (parties.findByCode("GX").isPresent()) {
                return;
            }
            log.info("Empty database: loading the demo data of the Joint Working Committee");
            committee.rename(0, new LocalizedText(
                    "Ủy ban Công tác liên hợp giữa các tỉnh biên giới Việt Nam và Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)",
                    "越南边境各省与中国广西壮族自治区联合工作委员会",
                    "Joint Working Committee of the Vietnamese border provinces and the Guangxi Zhuang Autonomous Region (China)"),
                    new LocalizedText("Ủy ban Công tác liên hợp", "联合工作委员会", "Joint Working Committee"));
            var codes = loadParties();
            loadAreas();
            demoMeetings.load(meetings, codes);
            loadUsers(codes);
            DemoCommunique.importFourteenth(pastCommuniques, meetings);
            log.info("Loading the demo data of the Joint Working Group with Yunnan");
            new DemoWorkingGroup(committee, parties, areas, meetings, users).load();
            log.info("Demo data loaded: sign in with the demo accounts");
        });
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's phase ({@code WebServerStartStopLifecycle}: the default less 1024). */
    @Override
    public int getPhase() {
        return 0;
    }

    private Map<String, Party> loadParties() {
        var tq = party("TQ", "Tuyên Quang", "宣光省", "Tuyen Quang", null, VN, HANOI, LocalDate.of(2025, 7, 1), null, null, null);
        var hg = party("HG", "Hà Giang", "河江省", "Ha Giang", null, VN, HANOI, MEMBER_SINCE, LocalDate.of(2025, 6, 30), tq.id(), 1);
        var qn = party("QN", "Quảng Ninh", "广宁省", "Quang Ninh", null, VN, HANOI, MEMBER_SINCE, null, null, 2);
        var ls = party("LS", "Lạng Sơn", "谅山省", "Lang Son", null, VN, HANOI, MEMBER_SINCE, null, null, 3);
        var cb = party("CB", "Cao Bằng", "高平省", "Cao Bang", null, VN, HANOI, MEMBER_SINCE, null, null, 4);
        var gx = party("GX", "Khu tự trị dân tộc Choang Quảng Tây", "广西壮族自治区",
                "Guangxi Zhuang Autonomous Region", new LocalizedText("Quảng Tây", "广西", "Guangxi"), CN, NANNING, MEMBER_SINCE, null, null, 1);
        return Map.of("TQ", tq, "HG", hg, "QN", qn, "LS", ls, "CB", cb, "GX", gx);
    }

    private Party party(String code, String vi, String zh, String en, LocalizedText shortName, Side side, ZoneId zone, LocalDate from,
            LocalDate until, Long successor, Integer hostOrder) {
        return parties.create(new PartyDetails(code, new LocalizedText(vi, zh, en),
                shortName == null ? LocalizedText.EMPTY : shortName, side, zone, from, until,
                successor, hostOrder, null, null));
    }

    /** The structure of the 14th communiqué, in its order. */
    private void loadAreas() {
        area(null, "Giao lưu hợp tác giữa các cấp ủy Đảng", "党际交流合作", "Party-to-party exchange");
        area(null, "Giao lưu hữu nghị", "友好交流", "Friendship exchange");
        var key = area(null, "Hợp tác trong các lĩnh vực trọng điểm", "重点领域合作", "Cooperation in key areas");
        area(key, "Hợp tác kinh tế - thương mại", "经贸合作", "Economy and trade");
        area(key, "Kết nối giao thông", "交通互联互通", "Transport connectivity");
        area(key, "Cửa khẩu", "口岸", "Border gates");
        area(key, "Du lịch", "旅游", "Tourism");
        var people = area(null, "Giao lưu nhân dân", "人文交流", "People-to-people exchange");
        area(people, "Giáo dục - đào tạo", "教育培训", "Education and training");
        area(people, "Học bổng", "奖学金", "Scholarships");
        area(people, "Văn hóa", "文化", "Culture");
        area(people, "Báo chí - truyền thông", "新闻媒体", "Media");
        area(people, "Y tế", "卫生健康", "Health");
        area(null, "Quản lý biên giới", "边境管理", "Border management");
    }

    private Long area(Long parent, String vi, String zh, String en) {
        return areas.add(parent, new LocalizedText(vi, zh, en)).id();
    }

    private void loadUsers(Map<String, Party> codes) {
        var accounts = new ArrayList<UserProfile>();
        accounts.add(new UserProfile("admin", "Quản trị hệ thống", "System administrator", null, null,
                EnumSet.of(Role.ADMIN, Role.PLATFORM_ADMIN), Language.EN, null, true));
        accounts.addAll(DemoUsers.ofParties(DemoUsers.ACTIVE_PARTIES, codes));
        users.createAllWithPassword(accounts, DemoUsers.PASSWORD);
    }

    /** Meetings 14–17 as held, and 18 as the rotation proposes it. */
    static class DemoMeetings {

        void load(MeetingService meetings, Map<String, Party> p) {
            held(meetings, new MeetingDetails(14, title(14, "十四"),
                    at(2023, 2, 22, 8, 30, HANOI), at(2023, 2, 22, 11, 30, HANOI), MeetingFormat.ONLINE,
                    LocalizedText.EMPTY,
                    new LocalizedText("Thành phố Hà Giang, tỉnh Hà Giang (Việt Nam); thành phố Nam Ninh, Quảng Tây (Trung Quốc)",
                            "越南河江省河江市；中国广西南宁市", "Ha Giang City, Ha Giang (Viet Nam); Nanning, Guangxi (China)"),
                    p.get("HG").id(), p.get("GX").id(), null, null, null));
            held(meetings, new MeetingDetails(15, title(15, "十五"),
                    at(2024, 2, 28, 14, 30, NANNING), at(2024, 2, 28, 17, 30, NANNING), MeetingFormat.IN_PERSON,
                    new LocalizedText("Thành phố Bắc Hải, Quảng Tây (Trung Quốc)", "中国广西北海市", "Beihai, Guangxi (China)"),
                    LocalizedText.EMPTY, p.get("GX").id(), p.get("HG").id(), null, null, null));
            // The day of the 16th and 17th meetings is not in our sources; February as every year.
            held(meetings, new MeetingDetails(16, title(16, "十六"),
                    at(2025, 2, 26, 8, 30, HANOI), at(2025, 2, 26, 11, 30, HANOI), MeetingFormat.IN_PERSON,
                    new LocalizedText("Thành phố Hạ Long, tỉnh Quảng Ninh (Việt Nam)", "越南广宁省下龙市", "Ha Long, Quang Ninh (Viet Nam)"),
                    LocalizedText.EMPTY, p.get("QN").id(), p.get("GX").id(), null, null, null));
            held(meetings, new MeetingDetails(17, title(17, "十七"),
                    at(2026, 2, 25, 14, 30, NANNING), at(2026, 2, 25, 17, 30, NANNING), MeetingFormat.IN_PERSON,
                    new LocalizedText("Quảng Tây (Trung Quốc)", "中国广西", "Guangxi (China)"),
                    LocalizedText.EMPTY, p.get("GX").id(), p.get("QN").id(), null, null, null));
            var next = meetings.proposeNext().orElseThrow();
            meetings.create(new MeetingDetails(next.number(), title(18, "十八"),
                    at(2027, 2, 24, 8, 30, HANOI), at(2027, 2, 24, 17, 0, HANOI), MeetingFormat.IN_PERSON,
                    new LocalizedText("Thành phố Lạng Sơn, tỉnh Lạng Sơn (Việt Nam)", "越南谅山省谅山市", "Lang Son City, Lang Son (Viet Nam)"),
                    LocalizedText.EMPTY, next.hostPartyId(), next.coChairPartyId(),
                    at(2027, 1, 15, 17, 0, HANOI), at(2027, 2, 5, 17, 0, HANOI), at(2027, 3, 31, 17, 0, HANOI)));
        }

        static void held(MeetingService meetings, MeetingDetails details) {
            var meeting = meetings.create(details);
            for (var phase : List.of(Phase.NEGOTIATION, Phase.IN_SESSION, Phase.DRAFTING, Phase.APPROVAL, Phase.CONCLUDED)) {
                meeting = meetings.changePhase(meeting.id(), meeting.getVersion(), phase);
            }
        }

        private static LocalizedText title(int n, String zhNumber) {
            return new LocalizedText("Hội nghị lần thứ " + n + " Ủy ban Công tác liên hợp",
                    "联合工作委员会第" + zhNumber + "次会议", "Meeting " + n + " of the Joint Working Committee");
        }

        static java.time.Instant at(int y, int m, int d, int h, int min, ZoneId zone) {
            return LocalDateTime.of(y, m, d, h, min).atZone(zone).toInstant();
        }
    }
}
