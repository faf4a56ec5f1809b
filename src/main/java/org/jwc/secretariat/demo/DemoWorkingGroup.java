package org.jwc.secretariat.demo;

import static org.jwc.secretariat.party.Side.CN;
import static org.jwc.secretariat.party.Side.VN;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.committee.CommitteeKind;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Numerals;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingFormat;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyDetails;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Side;
import org.jwc.secretariat.security.SystemAccount;
import org.jwc.secretariat.user.UserService;

/**
 * The second mechanism on the demo platform (ADR 0025): the Joint Working Group of Lào Cai, Hà
 * Giang (Tuyên Quang since 1 July 2025), Lai Châu and Điện Biên with Yunnan, made through the
 * services as its platform administrator would. Tuyên Quang and Hà Giang are the Guangxi committee's
 * parties, admitted here with their own place; the others are the group's alone.
 */
final class DemoWorkingGroup {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZoneId KUNMING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MEMBER_SINCE = LocalDate.of(2008, 1, 1);
    static final List<String> PARTIES = List.of("LC", "LCH", "DB", "YN");

    private final CommitteeService committees;
    private final PartyService parties;
    private final AreaService areas;
    private final MeetingService meetings;
    private final UserService users;

    DemoWorkingGroup(CommitteeService committees, PartyService parties, AreaService areas, MeetingService meetings, UserService users) {
        this.committees = committees;
        this.parties = parties;
        this.areas = areas;
        this.meetings = meetings;
        this.users = users;
    }

    void load() {
        var group = committees.create(new LocalizedText(
                "Nhóm Công tác liên hợp giữa các tỉnh Lào Cai, Hà Giang, Lai Châu, Điện Biên (Việt Nam) và tỉnh Vân Nam (Trung Quốc)",
                "越南老街、河江、莱州、奠边四省与中国云南省联合工作组",
                "Joint Working Group of Lao Cai, Ha Giang, Lai Chau, Dien Bien (Viet Nam) and Yunnan (China)"),
                new LocalizedText("Nhóm Công tác liên hợp", "联合工作组", "Joint Working Group"), CommitteeKind.WORKING_GROUP);
        SystemAccount.runIn(group.id(), () -> {
            var codes = loadParties();
            loadAreas();
            loadMeetings(codes);
            loadUsers(codes);
        });
    }

    /** The host order here is the demo's own: the sources name the 9th and 10th hosts only. */
    private Map<String, Party> loadParties() {
        var codes = new HashMap<String, Party>();
        codes.put("TQ", parties.admit("TQ", null, null, null));
        codes.put("HG", parties.admit("HG", 1, null, null));
        codes.put("LC", party("LC", "Lào Cai", "老街省", "Lao Cai", VN, HANOI, 2));
        codes.put("LCH", party("LCH", "Lai Châu", "莱州省", "Lai Chau", VN, HANOI, 3));
        codes.put("DB", party("DB", "Điện Biên", "奠边省", "Dien Bien", VN, HANOI, 4));
        codes.put("YN", party("YN", "Tỉnh Vân Nam", "云南省", "Yunnan Province", CN, KUNMING, 1));
        return codes;
    }

    private Party party(String code, String vi, String zh, String en, Side side, ZoneId zone, int hostOrder) {
        return parties.create(new PartyDetails(code, new LocalizedText(vi, zh, en), LocalizedText.EMPTY, side, zone, MEMBER_SINCE,
                null, null, hostOrder, null, null));
    }

    private void loadAreas() {
        area("Hợp tác kinh tế - thương mại", "经贸合作", "Economy and trade");
        area("Kết nối giao thông", "交通互联互通", "Transport connectivity");
        area("Cửa khẩu", "口岸", "Border gates");
        area("Nông nghiệp", "农业", "Agriculture");
        area("Du lịch", "旅游", "Tourism");
        area("Quản lý biên giới", "边境管理", "Border management");
    }

    private void area(String vi, String zh, String en) {
        areas.add(null, new LocalizedText(vi, zh, en));
    }

    /** The 9th and 10th sessions as held; the day of the 10th in June 2024 is not in our sources. */
    private void loadMeetings(Map<String, Party> p) {
        DemoData.DemoMeetings.held(meetings, new MeetingDetails(9, title(9),
                DemoData.DemoMeetings.at(2023, 3, 27, 8, 30, HANOI), DemoData.DemoMeetings.at(2023, 3, 27, 11, 30, HANOI),
                MeetingFormat.IN_PERSON, new LocalizedText("Thành phố Hà Giang, tỉnh Hà Giang (Việt Nam)", "越南河江省河江市",
                        "Ha Giang City, Ha Giang (Viet Nam)"),
                LocalizedText.EMPTY, p.get("HG").id(), p.get("YN").id(), null, null, null));
        DemoData.DemoMeetings.held(meetings, new MeetingDetails(10, title(10),
                DemoData.DemoMeetings.at(2024, 6, 20, 8, 30, KUNMING), DemoData.DemoMeetings.at(2024, 6, 20, 11, 30, KUNMING),
                MeetingFormat.IN_PERSON, new LocalizedText("Tỉnh Vân Nam (Trung Quốc)", "中国云南省", "Yunnan (China)"),
                LocalizedText.EMPTY, p.get("YN").id(), p.get("HG").id(), null, null, null));
        var next = meetings.proposeNext().orElseThrow();
        meetings.create(new MeetingDetails(next.number(), title(next.number()),
                DemoData.DemoMeetings.at(2027, 3, 25, 8, 30, HANOI), DemoData.DemoMeetings.at(2027, 3, 25, 17, 0, HANOI),
                MeetingFormat.IN_PERSON, new LocalizedText("Tỉnh Lào Cai (Việt Nam)", "越南老街省", "Lao Cai (Viet Nam)"),
                LocalizedText.EMPTY, next.hostPartyId(), next.coChairPartyId(),
                DemoData.DemoMeetings.at(2027, 2, 15, 17, 0, HANOI), DemoData.DemoMeetings.at(2027, 3, 5, 17, 0, HANOI),
                DemoData.DemoMeetings.at(2027, 4, 30, 17, 0, HANOI)));
    }

    private static LocalizedText title(int n) {
        return new LocalizedText("Phiên họp lần thứ " + n + " Nhóm Công tác liên hợp", "联合工作组第" + Numerals.chinese(n) + "次会议",
                "Session " + n + " of the Joint Working Group");
    }

    private void loadUsers(Map<String, Party> codes) {
        users.createAllWithPassword(DemoUsers.ofParties(PARTIES, codes), DemoUsers.PASSWORD);
    }
}
