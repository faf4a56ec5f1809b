package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.communique.DraftingFacts.Agreed;
import org.jwc.secretariat.communique.DraftingFacts.AreaNode;
import org.jwc.secretariat.communique.DraftingFacts.Head;
import org.jwc.secretariat.communique.DraftingFacts.Named;
import org.jwc.secretariat.communique.DraftingFacts.Next;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.MeetingFormat;

/**
 * The first draft is generated like the 14th communiqué (../shared/reference): the same areas in
 * the same order and numbering, common paragraphs before bilateral ones, and the same preamble and
 * closing, from facts shaped like that meeting's.
 */
class CommuniqueDrafterTest {

    static final long HG = 1, QN = 2, LS = 3, CB = 4, GX = 5;
    static final long PARTY = 10, FRIENDSHIP = 20, KEY = 30, TRADE = 31, TRANSPORT = 32, GATES = 33, TOURISM = 34,
            PEOPLE = 40, SCHOLARSHIPS = 41, HEALTH = 42, BORDER = 50, LABOUR = 60, ASEAN = 70;

    private final Translations translations = new Translations();
    private final CommuniqueDrafter drafter = new CommuniqueDrafter(
            (key, language, args) -> translations.getTranslation(key, language.locale(), args));

    @Test
    void theSectionsFollowTheAreaTreeWithTheFourteenthCommuniquesNumberingInEachLanguage() {
        var draft = drafter.draft(fourteenth(agreed()));

        assertThat(draft).extracting(SectionDraft::kind).startsWith(SectionKind.PREAMBLE).endsWith(SectionKind.CLOSING);
        var texts = texts(draft);
        assertThat(Numbering.headings(texts, Language.VI)).containsExactly("",
                "1. Về giao lưu hợp tác giữa các cấp ủy Đảng",
                "2. Về giao lưu hữu nghị",
                "3. Về hợp tác trong các lĩnh vực trọng điểm",
                "(1) Về hợp tác kinh tế - thương mại",
                "(2) Về kết nối giao thông",
                "(3) Về cửa khẩu",
                "(4) Về du lịch",
                "4. Về giao lưu nhân dân",
                "5. Về quản lý biên giới",
                "");
        assertThat(Numbering.headings(texts, Language.ZH)).containsExactly("",
                "一、关于党际交流合作", "二、关于友好交流", "三、关于重点领域合作",
                "（一）关于经贸合作", "（二）关于交通互联互通", "（三）关于口岸", "（四）关于旅游",
                "四、关于人文交流", "五、关于边境管理", "");
        assertThat(draft.get(3).paragraphs()).as("area 3 holds its four subsections, no text of its own").isEmpty();
    }

    @Test
    void withinAnAreaCommonParagraphsComeFirstThenSideThenBilateralInThePartiesOrder() {
        var draft = drafter.draft(fourteenth(agreed()));

        var gates = section(draft, GATES);
        assertThat(gates.paragraphs()).extracting(ParagraphDraft::kind).containsExactly(ParagraphKind.COMMON,
                ParagraphKind.BILATERAL, ParagraphKind.BILATERAL, ParagraphKind.BILATERAL, ParagraphKind.BILATERAL);
        assertThat(gates.paragraphs()).extracting(p -> p.text().vi()).containsExactly(
                "Các bên đồng ý tích cực thúc đẩy hợp tác xây dựng đồng bộ cửa khẩu.",
                "Hà Giang và Quảng Tây cùng thúc đẩy sớm mở chính thức lối mở và chợ biên giới Lũng Làn - Lộng Bình.",
                "Quảng Ninh và Quảng Tây cùng thúc đẩy hoàn thiện cơ sở hạ tầng cửa khẩu song phương Hoàn Mô – Động Trung.",
                "Lạng Sơn và Quảng Tây cùng phối hợp đưa tuyến đường chuyên dụng Tân Thanh – Pò Chài vào vận hành chính thức.",
                "Cao Bằng và Quảng Tây cùng thúc đẩy nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang.");
        assertThat(gates.paragraphs().get(1).partyIds()).containsExactly(HG, GX);
        assertThat(gates.paragraphs().get(1).sourceProposalIds()).containsExactly(109L);
        assertThat(gates.paragraphs().get(0).partyIds()).as("a common paragraph names no party").isEmpty();

        var border = section(draft, BORDER);
        assertThat(border.paragraphs()).extracting(ParagraphDraft::kind).containsExactly(ParagraphKind.COMMON, ParagraphKind.SIDE);
        assertThat(border.paragraphs().get(1).partyIds()).containsExactly(LS, GX);
    }

    @Test
    void aBilateralTextThatDoesNotNameItsPartiesGetsThemNamedInEachLanguage() {
        var transport = section(drafter.draft(fourteenth(agreed())), TRANSPORT);

        var bridge = transport.paragraphs().get(1);
        assertThat(bridge.text().vi()).isEqualTo(
                "Cao Bằng và Quảng Tây nhất trí: phối hợp hoàn thiện thủ tục đưa dự án cầu đường bộ II Tà Lùng - Thủy Khẩu vào vận hành khai thác.");
        assertThat(bridge.text().zh()).isEqualTo("高平省与广西一致同意：配合完善水口—朔龙二桥投入运营的手续。");
        assertThat(bridge.ownerPartyId()).isEqualTo(CB);
    }

    @Test
    void thePreambleTellsTheDateFormatBridgesChairsAttendanceAndLeadsIntoTheAreasTheMeetingInEachLanguagesNumerals() {
        var preamble = drafter.draft(fourteenth(agreed())).getFirst().paragraphs();

        assertThat(preamble).hasSize(4);
        assertThat(preamble.get(0).text().vi()).isEqualTo("Ngày 22 tháng 02 năm 2023, Hội nghị lần thứ 14 "
                + "Ủy ban Công tác liên hợp giữa các tỉnh Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng (Việt Nam) và khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) "
                + "được tổ chức bằng hình thức trực tuyến với các điểm cầu tại thành phố Hà Giang, tỉnh Hà Giang, Việt Nam và thành phố Nam Ninh, Quảng Tây, Trung Quốc. "
                + "Hà Giang chủ trì Hội nghị, Quảng Tây đồng chủ trì.");
        assertThat(preamble.get(0).text().zh()).isEqualTo("2023年2月22日，越南河江、广宁、谅山、高平四省与中国广西壮族自治区联合工作委员会第十四次会议以视频方式举行，"
                + "会场设在越南河江省河江市和中国广西南宁市。会议由河江省主办，广西共同主持。");
        assertThat(preamble.get(1).text().vi()).isEqualTo("Tham dự Hội nghị có đoàn đại biểu Hà Giang do đồng chí Đặng Quốc Khánh, "
                + "Bí thư Tỉnh ủy làm trưởng đoàn và đoàn đại biểu Quảng Tây do đồng chí Lưu Ninh, Bí thư Khu ủy làm trưởng đoàn.");
        assertThat(preamble.get(2).text().vi()).isEqualTo("Hội nghị nhận được sự ủng hộ và tham dự của đại diện "
                + "Bộ Ngoại giao Việt Nam, Tổng Lãnh sự quán Việt Nam tại Nam Ninh và Bộ Ngoại giao Trung Quốc.");
        assertThat(preamble.get(3).text().vi()).isEqualTo(
                "Các bên đạt được những nhận thức chung về nội dung giao lưu, hợp tác hữu nghị như sau:");
        assertThat(preamble).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ParagraphKind.COMMON));
    }

    @Test
    void theClosingNamesTheNextMeetingsHostAndCoChairFromTheRotationItsNumberInChineseNumeralsInChinese() {
        var closing = drafter.draft(fourteenth(agreed())).getLast().paragraphs();

        assertThat(closing).singleElement().satisfies(p -> {
            assertThat(p.text().vi()).isEqualTo("Các bên nhất trí Hội nghị lần thứ 15 Ủy ban Công tác liên hợp giữa các tỉnh Hà Giang, "
                    + "Quảng Ninh, Lạng Sơn, Cao Bằng (Việt Nam) và khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) sẽ do "
                    + "Quảng Tây chủ trì, Hà Giang đồng chủ trì; thời gian, địa điểm và hình thức cụ thể "
                    + "sẽ trao đổi xác nhận thông qua kênh ngoại giao./.");
            assertThat(p.text().zh()).isEqualTo("各方同意，越南河江、广宁、谅山、高平四省与中国广西壮族自治区联合工作委员会第十五次会议由广西主办，"
                    + "河江省共同主持，具体时间、地点和形式通过外交渠道商定。");
        });
    }

    @Test
    void aPlannedNextMeetingIsClosedWithItsDateAndVenue() {
        var facts = fourteenth(agreed());
        var planned = new DraftingFacts(facts.meetingNumber(), facts.date(), facts.format(), facts.venue(), facts.bridges(),
                facts.committee(), facts.hostPartyId(), facts.coChairPartyId(), facts.parties(), facts.areas(), facts.agreed(),
                facts.heads(), facts.observers(), new Next(15, GX, HG, LocalDate.of(2024, 3, 28),
                        new LocalizedText("thành phố Bắc Hải", "北海市", "Beihai")));

        var closing = drafter.draft(planned).getLast().paragraphs().getFirst();

        assertThat(closing.text().vi()).endsWith("tổ chức vào ngày 28 tháng 03 năm 2024 tại thành phố Bắc Hải./.");
        assertThat(closing.text().zh()).endsWith("于2024年3月28日在北海市举行。");
    }

    @Test
    void theSameFactsInAnyOrderGiveTheSameDraft() {
        var shuffled = new ArrayList<>(agreed());
        Collections.shuffle(shuffled, new Random(14));

        assertThat(drafter.draft(fourteenth(shuffled))).isEqualTo(drafter.draft(fourteenth(agreed())));
    }

    @Test
    void anAreaWithoutAgreedProposalsIsLeftOutADeeperAreaNumbersUnderItsParentAndAnAcronymKeepsItsCapitals() {
        var agreed = new ArrayList<>(agreed());
        agreed.removeIf(a -> a.areaId() == FRIENDSHIP);
        agreed.add(common(121, HEALTH, "Các bên nhất trí hợp tác y tế.", "各方同意开展卫生合作。"));
        agreed.add(common(122, ASEAN, "Các bên nhất trí phối hợp trong khuôn khổ ASEAN.", "各方同意在东盟框架内协调。"));
        agreed.add(new Agreed(120, SCHOLARSHIPS, ParagraphKind.SIDE, GX, Set.of(HG, QN, LS, CB),
                new LocalizedText("Năm 2023, phía Quảng Tây tiếp tục cấp 100 suất học bổng.", "2023年，广西继续提供100个奖学金名额。", null)));

        var headings = Numbering.headings(texts(drafter.draft(fourteenth(agreed))), Language.VI);

        assertThat(headings).doesNotContain("2. Về giao lưu hữu nghị").contains("2. Về hợp tác trong các lĩnh vực trọng điểm",
                "3. Về giao lưu nhân dân", "(1) Về học bổng", "(2) Về y tế", "4. Về quản lý biên giới",
                "5. Về ASEAN và tiểu vùng");
        assertThat(headings).noneMatch(h -> h.contains("lao động"));
    }

    static DraftingFacts fourteenth(List<Agreed> agreed) {
        return new DraftingFacts(14, LocalDate.of(2023, 2, 22), MeetingFormat.ONLINE, LocalizedText.EMPTY,
                new LocalizedText("thành phố Hà Giang, tỉnh Hà Giang, Việt Nam và thành phố Nam Ninh, Quảng Tây, Trung Quốc",
                        "越南河江省河江市和中国广西南宁市", "Ha Giang City (Viet Nam) and Nanning (China)"),
                new LocalizedText("Ủy ban Công tác liên hợp giữa các tỉnh Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng (Việt Nam) "
                        + "và khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)", "越南河江、广宁、谅山、高平四省与中国广西壮族自治区联合工作委员会",
                        "Joint Working Committee"),
                HG, GX, parties(), areas(), agreed,
                List.of(new Head(HG, new LocalizedText("Đặng Quốc Khánh", "邓国庆", null), new LocalizedText("Bí thư Tỉnh ủy", "省委书记", null)),
                        new Head(GX, new LocalizedText("Lưu Ninh", "刘宁", null), new LocalizedText("Bí thư Khu ủy", "自治区党委书记", null))),
                List.of(new LocalizedText("Bộ Ngoại giao Việt Nam", "越南外交部", null),
                        new LocalizedText("Tổng Lãnh sự quán Việt Nam tại Nam Ninh", "越南驻南宁总领事馆", null),
                        new LocalizedText("Bộ Ngoại giao Trung Quốc", "中国外交部", null)),
                new Next(15, GX, HG, null, LocalizedText.EMPTY));
    }

    static List<Named> parties() {
        return List.of(named(HG, "Hà Giang", "河江省"), named(QN, "Quảng Ninh", "广宁省"), named(LS, "Lạng Sơn", "谅山省"),
                named(CB, "Cao Bằng", "高平省"), new Named(GX, new LocalizedText("Quảng Tây", "广西", "Guangxi"),
                        new LocalizedText("Khu tự trị dân tộc Choang Quảng Tây", "广西壮族自治区", "Guangxi Zhuang Autonomous Region")));
    }

    private static Named named(long id, String vi, String zh) {
        return new Named(id, new LocalizedText(vi, zh, null), new LocalizedText(vi, zh, null));
    }

    static List<AreaNode> areas() {
        return List.of(area(PARTY, null, 1, "Giao lưu hợp tác giữa các cấp ủy Đảng", "党际交流合作"),
                area(FRIENDSHIP, null, 2, "Giao lưu hữu nghị", "友好交流"),
                area(KEY, null, 3, "Hợp tác trong các lĩnh vực trọng điểm", "重点领域合作"),
                area(TRADE, KEY, 1, "Hợp tác kinh tế - thương mại", "经贸合作"),
                area(TRANSPORT, KEY, 2, "Kết nối giao thông", "交通互联互通"),
                area(GATES, KEY, 3, "Cửa khẩu", "口岸"),
                area(TOURISM, KEY, 4, "Du lịch", "旅游"),
                area(PEOPLE, null, 4, "Giao lưu nhân dân", "人文交流"),
                area(SCHOLARSHIPS, PEOPLE, 1, "Học bổng", "奖学金"),
                area(HEALTH, PEOPLE, 2, "Y tế", "卫生健康"),
                area(ASEAN, null, 7, "ASEAN và tiểu vùng", "东盟与次区域"),
                area(BORDER, null, 5, "Quản lý biên giới", "边境管理"),
                area(LABOUR, null, 6, "Hợp tác lao động", "劳务合作"));
    }

    /** Agreed proposals shaped like the 14th communiqué's paragraphs; ids not in the order they appear. */
    static List<Agreed> agreed() {
        return List.of(
                common(101, PARTY, "Các bên tăng cường giao lưu hữu nghị giữa các cấp ủy Đảng.", "各方加强党组织友好交流。"),
                common(102, FRIENDSHIP, "Các bên nhất trí từng bước khôi phục các hoạt động trao đổi đoàn cấp cao.", "各方同意逐步恢复高层互访。"),
                bilateral(104, TRADE, QN, "Quảng Ninh và Quảng Tây thống nhất hỗ trợ các doanh nghiệp đầu tư phát triển dịch vụ Logistics.",
                        "广宁省与广西壮族自治区同意支持企业发展物流服务。"),
                common(103, TRADE, "Các bên nhất trí cùng tăng cường chia sẻ thông tin.", "各方同意加强信息共享。"),
                bilateral(106, TRANSPORT, CB, "phối hợp hoàn thiện thủ tục đưa dự án cầu đường bộ II Tà Lùng - Thủy Khẩu vào vận hành khai thác.",
                        "配合完善水口—朔龙二桥投入运营的手续。"),
                common(105, TRANSPORT, "Các bên nhất trí tăng cường xây dựng cơ sở hạ tầng kết nối giao thông.", "各方同意加强交通基础设施互联互通建设。"),
                bilateral(108, GATES, LS, "Lạng Sơn và Quảng Tây cùng phối hợp đưa tuyến đường chuyên dụng Tân Thanh – Pò Chài vào vận hành chính thức.",
                        "谅山省与广西壮族自治区共同推动新清—浦寨专用通道正式运行。"),
                bilateral(111, GATES, CB, "Cao Bằng và Quảng Tây cùng thúc đẩy nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang.",
                        "高平省与广西壮族自治区共同推动茶岭—龙邦口岸升格。"),
                bilateral(109, GATES, HG, "Hà Giang và Quảng Tây cùng thúc đẩy sớm mở chính thức lối mở và chợ biên giới Lũng Làn - Lộng Bình.",
                        "河江省与广西壮族自治区共同推动弄兰—弄平通道和边贸市场正式开放。"),
                bilateral(110, GATES, QN, "Quảng Ninh và Quảng Tây cùng thúc đẩy hoàn thiện cơ sở hạ tầng cửa khẩu song phương Hoàn Mô – Động Trung.",
                        "广宁省与广西壮族自治区共同推动完善横模—峒中双边口岸基础设施。"),
                common(112, GATES, "Các bên đồng ý tích cực thúc đẩy hợp tác xây dựng đồng bộ cửa khẩu.", "各方同意积极推动口岸同步建设合作。"),
                common(100, TOURISM, "Các Bên nhất trí cùng thúc đẩy khôi phục các hoạt động tour du lịch.", "各方同意共同推动恢复旅游线路。"),
                common(113, PEOPLE, "Các bên nhất trí tiếp tục kế thừa và phát huy tình hữu nghị truyền thống.", "各方同意继承和弘扬传统友谊。"),
                new Agreed(116, BORDER, ParagraphKind.SIDE, LS, Set.of(GX),
                        new LocalizedText("Các tỉnh phía Việt Nam và Quảng Tây chỉ đạo cơ quan chức năng phối hợp tổ chức hội đàm.",
                                "越方各省与广西指导职能部门协调举行会谈。", null)),
                common(115, BORDER, "Các Bên đồng ý tăng cường hợp tác, phối hợp giải quyết kịp thời các sự kiện biên giới.",
                        "各方同意加强合作，及时妥善处理边境事件。"));
    }

    private static Agreed common(long id, long area, String vi, String zh) {
        return new Agreed(id, area, ParagraphKind.COMMON, HG, Set.of(QN, LS, CB, GX), new LocalizedText(vi, zh, null));
    }

    private static Agreed bilateral(long id, long area, long owner, String vi, String zh) {
        return new Agreed(id, area, ParagraphKind.BILATERAL, owner, Set.of(GX), new LocalizedText(vi, zh, null));
    }

    private static AreaNode area(long id, Long parent, int position, String vi, String zh) {
        return new AreaNode(id, parent, position, new LocalizedText(vi, zh, null));
    }

    private static SectionDraft section(List<SectionDraft> draft, long areaId) {
        return draft.stream().filter(s -> Long.valueOf(areaId).equals(s.areaId())).findFirst().orElseThrow();
    }

    private static List<SectionText> texts(List<SectionDraft> draft) {
        return draft.stream().map(s -> new SectionText(0, s.kind(), s.areaId(), s.level(), s.heading(), List.of())).toList();
    }
}
