package org.jwc.secretariat.communique.past;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A past communiqué is read from its real text: the 14th communiqué (../shared/reference) as
 * extracted from its PDF, with its page breaks, typo'd headings and bilateral paragraphs; a Chinese
 * sample; and the inputs that cannot be a communiqué.
 */
class PastCommuniqueParserTest {

    static final long HG = 1, QN = 2, LS = 3, CB = 4, GX = 5, TQ = 6;
    static final long PARTY = 10, FRIENDSHIP = 20, KEY = 30, TRADE = 31, TRANSPORT = 32, GATES = 33, TOURISM = 34,
            PEOPLE = 40, EDUCATION = 41, SCHOLARSHIPS = 42, CULTURE = 43, MEDIA = 44, HEALTH = 45, BORDER = 50;

    static final List<PartyName> PARTIES = List.of(
            party(HG, "Hà Giang", "河江省", "Ha Giang", true),
            party(QN, "Quảng Ninh", "广宁省", "Quang Ninh", true),
            party(LS, "Lạng Sơn", "谅山省", "Lang Son", true),
            party(CB, "Cao Bằng", "高平省", "Cao Bang", true),
            new PartyName(GX, new LocalizedText("Khu tự trị dân tộc Choang Quảng Tây", "广西壮族自治区",
                    "Guangxi Zhuang Autonomous Region"), new LocalizedText("Quảng Tây", "广西", "Guangxi"), false));

    static final List<AreaName> AREAS = List.of(
            area(PARTY, null, "Giao lưu hợp tác giữa các cấp ủy Đảng", "党际交流合作"),
            area(FRIENDSHIP, null, "Giao lưu hữu nghị", "友好交流"),
            area(KEY, null, "Hợp tác trong các lĩnh vực trọng điểm", "重点领域合作"),
            area(TRADE, KEY, "Hợp tác kinh tế - thương mại", "经贸合作"),
            area(TRANSPORT, KEY, "Kết nối giao thông", "交通互联互通"),
            area(GATES, KEY, "Cửa khẩu", "口岸"),
            area(TOURISM, KEY, "Du lịch", "旅游"),
            area(PEOPLE, null, "Giao lưu nhân dân", "人文交流"),
            area(EDUCATION, PEOPLE, "Giáo dục - đào tạo", "教育培训"),
            area(SCHOLARSHIPS, PEOPLE, "Học bổng", "奖学金"),
            area(CULTURE, PEOPLE, "Văn hóa", "文化"),
            area(MEDIA, PEOPLE, "Báo chí - truyền thông", "新闻媒体"),
            area(HEALTH, PEOPLE, "Y tế", "卫生健康"),
            area(BORDER, null, "Quản lý biên giới", "边境管理"));

    private final PastCommuniqueParser parser = new PastCommuniqueParser();

    @Test
    void theFourteenthCommuniquesTitleIsItsTwoLinesBeforeTheRunningText() {
        var parsed = fourteenth();

        assertThat(parsed.title()).isEqualTo("THÔNG CÁO CHUNG\nGặp gỡ đầu Xuân 2023 giữa các Bí thư 05 Tỉnh/Khu và Hội nghị "
                + "lần thứ 14 Ủy ban Công tác liên hợp giữa các tỉnh Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng (Việt Nam) "
                + "và khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)");
    }

    @Test
    void thePreambleHasItsFourParagraphsWithThePageBreakInsideTheThirdRepaired() {
        var preamble = fourteenth().preamble();

        assertThat(preamble).hasSize(4);
        assertThat(preamble.get(0)).startsWith("Ngày 22 tháng 02 năm 2023, Chương trình Gặp gỡ đầu Xuân")
                .endsWith("(Trung Quốc)”...");
        assertThat(preamble.get(1)).startsWith("Hội nghị nhận được sự ủng hộ");
        assertThat(preamble.get(2)).startsWith("Trong bầu không khí hữu nghị")
                .contains("nâng cao hiệu quả đời sống nhân dân hai Bên, góp phần tích cực vào việc thúc đẩy")
                .endsWith("vươn lên tầm cao mới.");
        assertThat(preamble.get(3)).startsWith("Các bên nhất trí cho rằng, hiện công tác").endsWith("như sau:");
    }

    @Test
    void theFiveAreasAndTheFourSubsectionsOfTheThirdAreMatchedDespiteTheirWording() {
        var sections = fourteenth().sections();

        assertThat(sections).extracting(ParsedSection::level, ParsedSection::number, ParsedSection::heading,
                ParsedSection::areaId).containsExactly(
                tuple(1, "1", "Về giao lưu hợp tác giữa các cấp ủy Đảng", PARTY),
                tuple(1, "2", "Về giao lưu hữu hữu nghị", FRIENDSHIP),
                tuple(1, "3", "Về hợp tác trong các lĩnh vực trọng điểm", KEY),
                tuple(2, "1", "Về hợp tác kinh tế - thương mại", TRADE),
                tuple(2, "2", "Về xây dựng kết nối giao thông", TRANSPORT),
                tuple(2, "3", "Về xây dựng cửa khẩu", GATES),
                tuple(2, "4", "Về hợp tác du lịch", TOURISM),
                tuple(1, "4", "Về Giao lưu nhân dân", PEOPLE),
                tuple(1, "5", "Về hợp tác quản lý biên giới", BORDER));
        assertThat(sections).allSatisfy(s -> assertThat(s.confidence()).isGreaterThanOrEqualTo(PastAreaMatcher.THRESHOLD));
        assertThat(sections).extracting(s -> s.paragraphs().size()).containsExactly(1, 1, 0, 2, 2, 2, 1, 1, 2);
    }

    @Test
    void noParagraphIsLeftSplitByAPageBreak() {
        var parsed = fourteenth();
        var all = new ArrayList<>(parsed.preamble());
        parsed.sections().forEach(s -> s.paragraphs().forEach(p -> all.add(p.text())));
        all.addAll(parsed.closing());

        var unfinished = Pattern.compile("(?s).*[^.;:!?…”\"]$");
        for (int i = 0; i + 1 < all.size(); i++) {
            assertThat(unfinished.matcher(all.get(i)).matches() && Character.isLowerCase(all.get(i + 1).charAt(0)))
                    .as("split between ‘%s’ and ‘%s’", all.get(i), all.get(i + 1)).isFalse();
        }
        assertThat(all).noneMatch(p -> p.contains("\n"));
        var text = String.join("\n", all);
        assertThat(text).contains("góp phần tích cực", "tạo nền tảng giao lưu, quảng bá cho doanh nghiệp",
                "trong quá trình hợp tác, nâng cao hiệu suất thông quan", "hợp tác phát triển du lịch. Tiếp tục");
    }

    @Test
    void theBilateralParagraphsNameTheirPartiesAndTheSideParagraphBothSides() {
        var sections = fourteenth().sections();

        assertThat(sections.get(3).paragraphs().get(1)).satisfies(p -> {
            assertThat(p.text()).startsWith("Quảng Ninh và Quảng Tây thông nhất");
            assertThat(p.kind()).isEqualTo(ParagraphKind.BILATERAL);
            assertThat(p.partyIds()).containsExactly(QN, GX);
        });
        assertThat(sections.get(4).paragraphs().get(1)).satisfies(p -> {
            assertThat(p.text()).startsWith("Cao Bằng và Quảng Tây phối hợp");
            assertThat(p.kind()).isEqualTo(ParagraphKind.BILATERAL);
            assertThat(p.partyIds()).containsExactly(CB, GX);
        });
        assertThat(sections.get(5).paragraphs().get(1)).as("one paragraph, four parties' commitments").satisfies(p -> {
            assertThat(p.text()).startsWith("Hà Giang và Quảng Tây cùng thúc đẩy")
                    .contains("; Quảng Ninh và Quảng Tây cùng", "; Lạng Sơn và Quảng Tây cùng", "; Cao Bằng và Quảng Tây cùng");
            assertThat(p.kind()).isEqualTo(ParagraphKind.BILATERAL);
            assertThat(p.partyIds()).containsExactly(HG, QN, LS, CB, GX);
        });
        assertThat(sections.get(8).paragraphs().getFirst()).as("a common sentence, then the sides'").satisfies(p -> {
            assertThat(p.text()).startsWith("Các Bên đồng ý tăng cường hợp tác")
                    .contains(". Các tỉnh phía Việt Nam và Quảng Tây chỉ đạo");
            assertThat(p.kind()).isEqualTo(ParagraphKind.SIDE);
            assertThat(p.partyIds()).containsExactly(HG, QN, LS, CB, GX);
        });
    }

    @Test
    void everyOtherParagraphIsCommonEvenWhenItNamesPartiesInsideASentence() {
        var sections = fourteenth().sections();
        var named = List.of(sections.get(3).paragraphs().get(1), sections.get(4).paragraphs().get(1),
                sections.get(5).paragraphs().get(1), sections.get(8).paragraphs().getFirst());

        var others = sections.stream().flatMap(s -> s.paragraphs().stream()).filter(p -> !named.contains(p)).toList();

        assertThat(others).hasSize(8).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ParagraphKind.COMMON);
            assertThat(p.partyIds()).isEmpty();
        });
        assertThat(others).extracting(p -> p.text().substring(0, 6)).contains("Các bê", "Các Bê");
        assertThat(sections.get(3).paragraphs().getFirst().text()).contains("ủng hộ Quảng Ninh và Quảng Tây thí điểm");
        assertThat(sections.get(7).paragraphs().getFirst().text()).contains(". Tỉnh Hà Giang tiếp tục cấp");
    }

    @Test
    void theClosingIsTheLastParagraphOnTheNextMeeting() {
        var parsed = fourteenth();

        assertThat(parsed.closing()).singleElement().satisfies(c -> assertThat(c)
                .startsWith("Các Bên nhất trí sẽ tiếp tục tổ chức Chương trình Gặp gỡ đầu Xuân năm 2024")
                .contains("Hội nghị lần thứ 15").endsWith("thông qua kênh ngoại giao./."));
        assertThat(parsed.sections().getLast().paragraphs().getLast().text()).startsWith("Tăng cường hợp tác phòng chống cháy rừng");
    }

    @Test
    void aChineseCommuniqueHasItsHeadingsPartiesAndClosingRead() {
        var text = """
                联合公报

                2023年新春会晤暨联合工作委员会第十四次会议

                2023年2月22日，会议以视频方式举行。各方签署了多份合作文件。

                一、关于党际交流合作

                各方加强党际友好交流，继续开展干部培训合作。

                二、关于重点领域合作

                （一）关于经贸合作

                各方同意加强信息共享，及时协商解决合作中出现的困难和问题，为两国企业搭建交流

                推介平台。

                广宁省与广西支持双方企业投资发展物流服务。

                (二)关于口岸建设

                河江省与广西共同推动开放边民互市点；谅山省、高平省与广西壮族自治区推动口岸升级。

                三、关于边境管理

                各方同意妥善处理边境事务。越方各省与广西指导边境地方加强合作。

                各方同意，联合工作委员会第十五次会议由广西主办，具体时间、地点和形式通过外交渠道商定。
                """;

        var parsed = parser.parse(text, Language.ZH, PARTIES, AREAS);

        assertThat(parsed.title()).isEqualTo("联合公报\n2023年新春会晤暨联合工作委员会第十四次会议");
        assertThat(parsed.preamble()).containsExactly("2023年2月22日，会议以视频方式举行。各方签署了多份合作文件。");
        assertThat(parsed.sections()).extracting(ParsedSection::level, ParsedSection::number, ParsedSection::heading,
                ParsedSection::areaId).containsExactly(
                tuple(1, "一", "关于党际交流合作", PARTY),
                tuple(1, "二", "关于重点领域合作", KEY),
                tuple(2, "一", "关于经贸合作", TRADE),
                tuple(2, "二", "关于口岸建设", GATES),
                tuple(1, "三", "关于边境管理", BORDER));
        var trade = parsed.sections().get(2).paragraphs();
        assertThat(trade).extracting(ParsedParagraph::text).containsExactly(
                "各方同意加强信息共享，及时协商解决合作中出现的困难和问题，为两国企业搭建交流推介平台。",
                "广宁省与广西支持双方企业投资发展物流服务。");
        assertThat(trade).extracting(ParsedParagraph::kind, ParsedParagraph::partyIds).containsExactly(
                tuple(ParagraphKind.COMMON, List.of()), tuple(ParagraphKind.BILATERAL, List.of(QN, GX)));
        assertThat(parsed.sections().get(3).paragraphs()).singleElement()
                .extracting(ParsedParagraph::kind, ParsedParagraph::partyIds)
                .containsExactly(ParagraphKind.BILATERAL, List.of(HG, LS, CB, GX));
        assertThat(parsed.sections().get(4).paragraphs()).singleElement()
                .extracting(ParsedParagraph::kind, ParsedParagraph::partyIds)
                .containsExactly(ParagraphKind.SIDE, List.of(HG, QN, LS, CB, GX));
        assertThat(parsed.closing()).containsExactly("各方同意，联合工作委员会第十五次会议由广西主办，具体时间、地点和形式通过外交渠道商定。");
    }

    @Test
    void aSideParagraphBindsEveryVietnameseParty() {
        var parties = new ArrayList<>(PARTIES);
        parties.add(party(TQ, "Tuyên Quang", "宣光省", "Tuyen Quang", true));

        var parsed = parser.parse("""
                1. Về quản lý biên giới

                Các tỉnh phía Việt Nam và Quảng Tây chỉ đạo cơ quan chức năng phối hợp.
                """, Language.VI, parties, AREAS);

        assertThat(parsed.sections().getFirst().paragraphs()).singleElement()
                .extracting(ParsedParagraph::kind, ParsedParagraph::partyIds)
                .containsExactly(ParagraphKind.SIDE, List.of(HG, QN, LS, CB, GX, TQ));
    }

    @Test
    void partiesAreNamedByShortOrFullNameInAnyCaseAndAnyUnicodeComposition() {
        var text = Normalizer.normalize("""
                1. Về hợp tác trong các lĩnh vực trọng điểm

                Quảng Ninh, Lạng Sơn (Việt Nam) và Quảng Tây (Trung Quốc) thúc đẩy hợp tác.

                cao bằng và khu tự trị dân tộc Choang Quảng Tây phối hợp.

                Tỉnh Hà Giang tiếp tục cấp học bổng.

                Quảng Tây, Trung Quốc tiếp tục cấp học bổng.
                """, Normalizer.Form.NFD);

        var paragraphs = parser.parse(text, Language.VI, PARTIES, AREAS).sections().getFirst().paragraphs();

        assertThat(paragraphs).extracting(ParsedParagraph::kind, ParsedParagraph::partyIds).containsExactly(
                tuple(ParagraphKind.BILATERAL, List.of(QN, LS, GX)),
                tuple(ParagraphKind.BILATERAL, List.of(CB, GX)),
                tuple(ParagraphKind.COMMON, List.of()),
                tuple(ParagraphKind.COMMON, List.of()));
        assertThat(paragraphs.getFirst().text()).as("composed again")
                .isEqualTo(Normalizer.normalize(paragraphs.getFirst().text(), Normalizer.Form.NFC));
    }

    @Test
    void aHeadingThatNamesNoAreaOrTwoEquallyIsUnsure() {
        var parsed = parser.parse("""
                THÔNG CÁO CHUNG

                Các bên đạt được những nhận thức chung như sau:

                1. Về giao lưu hữu nghị

                Các bên tăng cường giao lưu.

                6. Về hợp tác vũ trụ

                Các bên nghiên cứu hợp tác vũ trụ.

                7. Về cửa khẩu và du lịch

                Các bên thúc đẩy du lịch qua cửa khẩu.
                """, Language.VI, PARTIES, AREAS);

        assertThat(parsed.sections()).extracting(ParsedSection::number, ParsedSection::areaId)
                .containsExactly(tuple("1", FRIENDSHIP), tuple("6", null), tuple("7", null));
        assertThat(parsed.sections().get(1).confidence()).isLessThan(PastAreaMatcher.THRESHOLD);
        assertThat(parsed.sections().get(2).confidence()).as("a tie, however close")
                .isGreaterThanOrEqualTo(PastAreaMatcher.THRESHOLD);
        assertThat(parsed.closing()).isEmpty();
    }

    @Test
    void lineEndsSpacesAndBlankLinesAreNormalisedAndAWrappedLineRejoined() {
        var parsed = parser.parse("\uFEFFTHÔNG CÁO CHUNG\r\n\r\n\r\n\r\nNgày 22,\u00A0\u00A0các bên\u200B họp.\r\n\r\n"
                + "1.\u00A0Về giao lưu hữu nghị:\r\n\r\nCác bên tăng cường giao lưu,\r\nhợp tác, góp\f"
                + "phần vào quan hệ “hữu nghị”\r\n\r\n\r\nvà hợp tác.\r\n", Language.VI, PARTIES, AREAS);

        assertThat(parsed.title()).isEqualTo("THÔNG CÁO CHUNG");
        assertThat(parsed.preamble()).containsExactly("Ngày 22, các bên họp.");
        assertThat(parsed.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("Về giao lưu hữu nghị");
            assertThat(s.paragraphs()).extracting(ParsedParagraph::text)
                    .containsExactly("Các bên tăng cường giao lưu, hợp tác, góp phần vào quan hệ “hữu nghị” và hợp tác.");
        });
    }

    @Test
    void aTextWithoutBlankLinesHasOneParagraphPerLine() {
        var parsed = parser.parse("THÔNG CÁO CHUNG\nCác bên họp.\n1. Về giao lưu hữu nghị\nCác bên giao lưu.\n"
                + "Quảng Ninh và Quảng Tây hợp tác.\n", Language.VI, PARTIES, AREAS);

        assertThat(parsed.preamble()).containsExactly("Các bên họp.");
        assertThat(parsed.sections().getFirst().paragraphs()).extracting(ParsedParagraph::text)
                .containsExactly("Các bên giao lưu.", "Quảng Ninh và Quảng Tây hợp tác.");
    }

    @Test
    void anEmptyTextIsRefused() {
        assertRefused("", "communique.import.error.empty");
        assertRefused(" \n\u00A0\r\n\t\u200B ", "communique.import.error.empty");
    }

    @Test
    void aBinaryFileOrAWronglyDecodedOneIsRefused() {
        assertRefused("PK\u0003\u0004\u0000\u0000\u0008binary", "communique.import.error.binary");
        assertRefused("1. Về giao lưu h\uFFFDu ngh\uFFFD\n\nCác bên giao lưu.", "communique.import.error.binary");
        assertRefused("1. Về giao lưu\u0001\u0002\u0003\u0004\n\nCác bên.", "communique.import.error.binary");
    }

    @Test
    void aHugeTextIsRefusedWithTheLimit() {
        var huge = "1. Về giao lưu hữu nghị\n\n" + "Các bên giao lưu. ".repeat(12_000);

        var refused = assertRefused(huge, "communique.import.error.tooLong");

        assertThat(refused.args()).containsExactly(PastText.MAX_LENGTH);
        assertThat(PastText.MAX_LENGTH).isEqualTo(200_000);
    }

    @Test
    void aTextWithoutNumberedSectionsIsRefused() {
        assertRefused("Một đoạn văn bất kỳ.\n\nMột đoạn khác, không có mục đánh số nào.", "communique.import.error.noStructure");
        assertRefused("1. Các bên nhất trí tăng cường hợp tác.\n\n2. Các bên giao lưu.", "communique.import.error.noStructure");
    }

    private RefusedException assertRefused(String text, String key) {
        var refused = catchThrowableOfType(RefusedException.class, () -> parser.parse(text, Language.VI, PARTIES, AREAS));
        assertThat(refused).as(key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
        assertThat(refused.field()).isEqualTo("text");
        return refused;
    }

    private ParsedCommunique fourteenth() {
        try (var in = getClass().getResourceAsStream("communique-14th-2023.vi.txt")) {
            assertThat(in).isNotNull();
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Language.VI, PARTIES, AREAS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartyName party(long id, String vi, String zh, String en, boolean vietnamese) {
        return new PartyName(id, new LocalizedText(vi, zh, en), LocalizedText.EMPTY, vietnamese);
    }

    private static AreaName area(long id, Long parentId, String vi, String zh) {
        return new AreaName(id, parentId, new LocalizedText(vi, zh, null));
    }
}
