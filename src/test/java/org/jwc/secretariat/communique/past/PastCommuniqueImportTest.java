package org.jwc.secretariat.communique.past;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueDiscarded;
import org.jwc.secretariat.communique.CommuniqueFinal;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.CommuniqueText;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.Numbering;
import org.jwc.secretariat.communique.Paragraph;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.communique.SectionKind;
import org.jwc.secretariat.communique.SectionText;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A past communiqué imported from its text (issue 7): the 14th's, into a concluded test meeting held on
 * its day and hosted by Lạng Sơn; who may, what is refused, replacing an import, and the other language.
 */
@DatabaseTest
@RecordApplicationEvents
class PastCommuniqueImportTest {

    @Autowired PastCommuniqueImport imports;
    @Autowired CommuniqueService communiques;
    @Autowired ApprovalService approvals;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired ApplicationEvents events;

    Meeting meeting;

    @BeforeEach
    void aConcludedMeetingOfTheFourteenthsDay() {
        meeting = PastMeetings.concluded(meetings, accounts);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theFourteenthImportsAsAFinalImportedCommuniqueWithItsAreasPartiesAndFrozenVersion() {
        SignedIn.as(accounts, "ls.secretary");
        var preview = imports.preview(meeting.id(), PastMeetings.fourteenth(), Language.VI);
        assertThat(preview.sections()).extracting(ParsedSection::level, ParsedSection::areaId).containsExactly(
                tuple(1, area("Giao lưu hợp tác giữa các cấp ủy Đảng")), tuple(1, area("Giao lưu hữu nghị")),
                tuple(1, area("Hợp tác trong các lĩnh vực trọng điểm")), tuple(2, area("Hợp tác kinh tế - thương mại")),
                tuple(2, area("Kết nối giao thông")), tuple(2, area("Cửa khẩu")), tuple(2, area("Du lịch")),
                tuple(1, area("Giao lưu nhân dân")), tuple(1, area("Quản lý biên giới")));

        var saved = imports.save(meeting.id(), preview, Language.VI);

        assertThat(saved.isFinal()).isTrue();
        assertThat(saved.imported()).isTrue();
        var text = communiques.workingText(meeting.id());
        assertThat(text.sections()).extracting(SectionText::kind, s -> s.paragraphs().size()).containsExactly(
                tuple(SectionKind.PREAMBLE, 4), tuple(SectionKind.AREA, 1), tuple(SectionKind.AREA, 1), tuple(SectionKind.AREA, 0),
                tuple(SectionKind.AREA, 2), tuple(SectionKind.AREA, 2), tuple(SectionKind.AREA, 2), tuple(SectionKind.AREA, 1),
                tuple(SectionKind.AREA, 1), tuple(SectionKind.AREA, 2), tuple(SectionKind.CLOSING, 1));
        assertThat(Numbering.headings(text.sections(), Language.VI)).contains("(3) Về xây dựng cửa khẩu", "5. Về hợp tác quản lý biên giới");
        assertThat(paragraph(text, "Quảng Ninh và Quảng Tây thông nhất")).satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ParagraphKind.BILATERAL);
            assertThat(p.partyIds()).containsExactlyInAnyOrder(id("QN"), id("GX"));
        });
        assertThat(paragraph(text, "Hà Giang và Quảng Tây cùng thúc đẩy").partyIds())
                .containsExactlyInAnyOrder(id("HG"), id("QN"), id("LS"), id("CB"), id("GX"));
        assertThat(paragraph(text, "Các Bên đồng ý tăng cường hợp tác").kind()).isEqualTo(ParagraphKind.SIDE);
        assertThat(text.paragraphs()).as("Chinese pending until imported").allSatisfy(p -> {
            assertThat(p.text().zh()).isNull();
            assertThat(p.pending()).isEqualTo(Language.ZH);
        });

        var version = approvals.latest(meeting.id()).orElseThrow();
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.id()).isEqualTo(saved.finalVersionId());
        assertThat(version.circulatedBy()).isEqualTo("ls.secretary");
        var frozen = approvals.text(version.id());
        assertThat(version.sha256()).matches("[0-9a-f]{64}").startsWith(version.fingerprint());
        assertThat(frozen.title().vi()).isEqualTo("THÔNG CÁO CHUNG");
        assertThat(frozen.subtitle().vi()).startsWith("Gặp gỡ đầu Xuân 2023 giữa các Bí thư 05 Tỉnh/Khu");
        assertThat(frozen.title().zh()).isEqualTo("联合公报");
        assertThat(approvals.decisions(meeting.id())).as("approved on paper").isEmpty();
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.CONCLUDED);
        assertThat(events.stream(CommuniqueFinal.class))
                .containsExactly(new CommuniqueFinal(meeting.id(), saved.id(), version.id()));
    }

    @Test
    void onlyAnAdministratorOrTheHostsSecretaryImports() {
        for (var other : List.of("ls.delegate", "ls.leader", "cb.secretary", "gx.secretary")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> imports.preview(meeting.id(), PastMeetings.fourteenth(), Language.VI)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(imports.mayImport(meeting.id())).as(other).isFalse();
        }
        SignedIn.as(accounts, "ls.secretary");
        var preview = imports.preview(meeting.id(), PastMeetings.fourteenth(), Language.VI);
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> imports.save(meeting.id(), preview, Language.VI)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "admin");
        assertThat(imports.mayImport(meeting.id())).isTrue();
        assertThat(imports.save(meeting.id(), preview, Language.VI).imported()).isTrue();
    }

    @Test
    void aSectionStillUnsureIsRefusedOnSaveNamingItAndNothingIsSaved() {
        SignedIn.as(accounts, "ls.secretary");
        var preview = imports.preview(meeting.id(), """
                THÔNG CÁO CHUNG

                Các bên đạt được những nhận thức chung như sau:

                1. Về giao lưu hữu nghị

                Các bên tăng cường giao lưu.

                2. Về hợp tác vũ trụ

                Các bên nghiên cứu hợp tác vũ trụ.
                """, Language.VI);
        assertThat(preview.sections()).extracting(ParsedSection::areaId).containsExactly(area("Giao lưu hữu nghị"), null);

        var refused = catchThrowableOfType(RefusedException.class, () -> imports.save(meeting.id(), preview, Language.VI));

        assertThat(refused.messageKey()).isEqualTo("communique.import.error.areaUnsure");
        assertThat(refused.args()).containsExactly("2. Về hợp tác vũ trụ");
        assertThat(communiques.find(meeting.id())).isEmpty();
        var chosen = withSection(preview, 1, s -> new ParsedSection(s.level(), s.number(), s.heading(),
                area("Hợp tác trong các lĩnh vực trọng điểm"), s.confidence(), s.paragraphs()));
        assertThat(imports.save(meeting.id(), chosen, Language.VI).isFinal()).isTrue();
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        SignedIn.as(accounts, "ls.secretary");
        assertRefused(() -> imports.preview(meeting.id(), "  \n ", Language.VI), "communique.import.error.empty");
        assertRefused(() -> imports.preview(meeting.id(), null, Language.VI), "communique.import.error.empty");
        assertRefused(() -> imports.preview(meeting.id(), "PK\u0003\u0004\u0000binary", Language.VI), "communique.import.error.binary");
        assertRefused(() -> imports.preview(meeting.id(), "Một đoạn văn.\n\nMột đoạn khác.", Language.VI),
                "communique.import.error.noStructure");
        assertRefused(() -> imports.preview(meeting.id(), "x".repeat(PastText.MAX_LENGTH + 1), Language.VI),
                "communique.import.error.tooLong");
        var preview = imports.preview(meeting.id(), PastMeetings.fourteenth(), Language.VI);
        assertRefused(() -> imports.save(meeting.id(), preview, Language.EN), "communique.import.error.language");
        assertRefused(() -> imports.save(meeting.id(), new ParsedCommunique("", List.of("Mở đầu."), List.of(), List.of()),
                Language.VI), "communique.import.error.noStructure");
        var oneParty = onlyParagraph(preview, 3, new ParsedParagraph("Quảng Ninh hợp tác.", ParagraphKind.BILATERAL, List.of(id("QN"))));
        assertRefused(() -> imports.save(meeting.id(), oneParty, Language.VI), "communique.import.error.bilateralParties");
        var tooLong = onlyParagraph(preview, 0, new ParsedParagraph("x".repeat(Paragraph.MAX_TEXT + 1), ParagraphKind.COMMON, List.of()));
        assertRefused(() -> imports.save(meeting.id(), tooLong, Language.VI), "communique.import.error.paragraphTooLong");
        assertThat(communiques.find(meeting.id())).isEmpty();

        var preparing = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "ls.secretary");
        assertRefused(() -> imports.preview(preparing.id(), PastMeetings.fourteenth(), Language.VI), "meeting.error.phase");
    }

    @Test
    void aNewImportReplacesTheImportedCommuniqueAndItsRows() {
        SignedIn.as(accounts, "ls.secretary");
        var first = imports.save(meeting.id(), imports.preview(meeting.id(), PastMeetings.fourteenth(), Language.VI), Language.VI);
        assertThat(imports.mayImport(meeting.id())).as("an imported communiqué may be replaced").isTrue();

        var second = imports.save(meeting.id(), imports.preview(meeting.id(), SHORT_VI, Language.VI), Language.VI);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(communiques.workingText(meeting.id()).paragraphs()).hasSize(4);
        assertThat(approvals.versions(meeting.id())).singleElement().extracting(CommuniqueVersion::number).isEqualTo(1);
        for (var table : List.of("communique_section", "communique_paragraph", "communique_version")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE communique_id = ?", Long.class, first.id()))
                    .as(table).isZero();
        }
        assertThat(events.stream(CommuniqueDiscarded.class)).containsExactly(new CommuniqueDiscarded(meeting.id(), first.id()));
    }

    @Test
    void aCommuniqueMadeInThePlatformIsNeverReplaced() {
        // A meeting concludes only with its communiqué final (ADR 0017): made here, approved by every leader.
        var madeHere = CirculatedCommuniques.generatedDraft(context);
        madeHere.madeFinal();
        var concluded = madeHere.meeting();

        SignedIn.as(accounts, "ls.secretary");
        assertThat(imports.mayImport(concluded.id())).isFalse();
        assertRefused(() -> imports.preview(concluded.id(), PastMeetings.fourteenth(), Language.VI), "communique.import.error.madeHere");
        SignedIn.as(accounts, "admin");
        var preview = imports.preview(meeting.id(), PastMeetings.fourteenth(), Language.VI);
        assertRefused(() -> imports.save(concluded.id(), preview, Language.VI), "communique.import.error.madeHere");
        assertRefused(() -> imports.saveOtherLanguage(concluded.id(), preview, Language.ZH), "communique.import.error.madeHere");
        assertThat(communiques.find(concluded.id()).orElseThrow().imported()).isFalse();
    }

    @Test
    void theOtherLanguageIsAlignedByPositionIntoANewFinalVersionOrRefusedWhereItDiffers() {
        SignedIn.as(accounts, "ls.secretary");
        imports.save(meeting.id(), imports.preview(meeting.id(), SHORT_VI, Language.VI), Language.VI);
        assertRefused(() -> imports.saveOtherLanguage(meeting.id(), imports.preview(meeting.id(), SHORT_VI, Language.VI),
                Language.VI), "communique.import.error.sameLanguage");
        var longer = imports.preview(meeting.id(), SHORT_ZH.replace("各方加强交流。", "各方加强交流。\n\n各方互访。"), Language.ZH);
        var refused = assertRefused(() -> imports.saveOtherLanguage(meeting.id(), longer, Language.ZH),
                "communique.import.error.paragraphCount");
        assertThat(refused.args()).containsExactly("一、关于友好交流", 1, 2);
        assertThat(communiques.workingText(meeting.id()).paragraphs()).allSatisfy(p -> assertThat(p.text().zh()).isNull());

        var aligned = imports.saveOtherLanguage(meeting.id(), imports.preview(meeting.id(), SHORT_ZH, Language.ZH), Language.ZH);

        var text = communiques.workingText(meeting.id());
        assertThat(text.paragraphs()).extracting(p -> p.text().vi(), p -> p.text().zh(), ParagraphText::pending).containsExactly(
                tuple("Các bên họp trực tuyến.", "各方以视频方式举行会议。", null),
                tuple("Các bên tăng cường giao lưu.", "各方加强交流。", null),
                tuple("Quảng Ninh và Quảng Tây phối hợp tuần tra.", "广宁省与广西配合巡逻。", null),
                tuple("Các Bên nhất trí Hội nghị lần thứ 15 do Quảng Tây chủ trì.", "各方同意，第十五次会议由广西主办。", null));
        assertThat(text.paragraphs().get(2).partyIds()).containsExactlyInAnyOrder(id("QN"), id("GX"));
        assertThat(Numbering.headings(text.sections(), Language.ZH)).contains("一、关于友好交流", "二、关于边境管理");
        var version = approvals.latest(meeting.id()).orElseThrow();
        assertThat(version.number()).isEqualTo(2);
        assertThat(aligned.finalVersionId()).isEqualTo(version.id());
        assertThat(version.pendingPairs()).isZero();
        var frozen = approvals.text(version.id());
        assertThat(frozen.title()).extracting(t -> t.vi(), t -> t.zh()).containsExactly("THÔNG CÁO CHUNG", "联合公报");
        assertThat(frozen.subtitle().vi()).isEqualTo("Gặp gỡ đầu Xuân 2023");
        assertThat(frozen.subtitle().zh()).isEqualTo("2023年新春会晤");
    }

    static final String SHORT_VI = """
            THÔNG CÁO CHUNG

            Gặp gỡ đầu Xuân 2023

            Các bên họp trực tuyến.

            1. Về giao lưu hữu nghị

            Các bên tăng cường giao lưu.

            2. Về quản lý biên giới

            Quảng Ninh và Quảng Tây phối hợp tuần tra.

            Các Bên nhất trí Hội nghị lần thứ 15 do Quảng Tây chủ trì.
            """;

    static final String SHORT_ZH = """
            联合公报

            2023年新春会晤

            各方以视频方式举行会议。

            一、关于友好交流

            各方加强交流。

            二、关于边境管理

            广宁省与广西配合巡逻。

            各方同意，第十五次会议由广西主办。
            """;

    private static ParsedCommunique withSection(ParsedCommunique parsed, int index, Function<ParsedSection, ParsedSection> change) {
        var sections = new ArrayList<>(parsed.sections());
        sections.set(index, change.apply(sections.get(index)));
        return new ParsedCommunique(parsed.title(), parsed.preamble(), sections, parsed.closing());
    }

    private static ParsedCommunique onlyParagraph(ParsedCommunique parsed, int index, ParsedParagraph paragraph) {
        return withSection(parsed, index, s -> new ParsedSection(s.level(), s.number(), s.heading(), s.areaId(), 1, List.of(paragraph)));
    }

    private static RefusedException assertRefused(Runnable action, String key) {
        var refused = catchThrowableOfType(RefusedException.class, action::run);
        assertThat(refused).as(key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
        return refused;
    }

    private static ParagraphText paragraph(CommuniqueText text, String start) {
        return text.paragraphs().stream().filter(p -> p.text().vi() != null && p.text().vi().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    private long area(String vi) {
        return areas.all().stream().filter(a -> vi.equals(a.name().vi())).map(CooperationArea::id).findFirst().orElseThrow();
    }

    private long id(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
