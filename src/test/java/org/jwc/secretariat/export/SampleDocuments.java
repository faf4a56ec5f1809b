package org.jwc.secretariat.export;

import java.util.List;
import org.jwc.secretariat.export.Block.Heading;
import org.jwc.secretariat.export.Block.Paragraph;
import org.jwc.secretariat.export.Block.Parallel;
import org.jwc.secretariat.export.Block.Signatory;
import org.jwc.secretariat.export.Block.Signatures;
import org.jwc.secretariat.export.Block.Table;
import org.jwc.secretariat.i18n.Language;

/** Documents of the kind the committee exports, in Vietnamese and in Chinese, for the export tests. */
final class SampleDocuments {

    static final String VI_TITLE = "Biên bản Hội nghị lần thứ 18 Ủy ban Công tác liên hợp";
    static final String VI_HEADING = "Hợp tác kinh tế, thương mại và cửa khẩu";
    static final String VI_PARAGRAPH = "Các tỉnh Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng và Khu tự trị dân tộc "
            + "Choang Quảng Tây thống nhất đẩy mạnh hợp tác, nâng cấp cửa khẩu Hữu Nghị – Hữu Nghị Quan.";
    static final String VI_LINES = "Lạng Sơn, ngày 25 tháng 11 năm 2026\nĐộc lập – Tự do – Hạnh phúc";
    static final List<String> VI_HEADER = List.of("STT", "Nội dung cam kết", "Bên chủ trì", "Thời hạn");
    static final List<String> VI_ROW = List.of("1", "Thông quan hàng nông sản qua cửa khẩu Tân Thanh",
            "Sở Công Thương tỉnh Lạng Sơn", "Quý I/2027");

    static final String ZH_TITLE = "中越边境四省区联合工作委员会第十八次会议纪要";
    static final String ZH_HEADING = "经贸与口岸合作";
    static final String ZH_PARAGRAPH = "广西壮族自治区与越南河江、广宁、谅山、高平四省一致同意深化合作，"
            + "推进友谊关—友谊口岸智慧口岸建设。";
    static final String ZH_LINES = "2026年11月25日\n于谅山";
    static final List<String> ZH_HEADER = List.of("序号", "承诺事项", "牵头单位", "期限");
    static final List<String> ZH_ROW = List.of("1", "农产品经新清口岸通关便利化", "谅山省工贸厅", "2027年第一季度");

    static final String BILINGUAL_TITLE = "Thông cáo chung – 联合公报";
    static final String DRAFT_HEADER = "DỰ THẢO – phiên bản 3f2a9c1e";

    private SampleDocuments() {
    }

    static ExportDocument vietnamese() {
        return new ExportDocument(Language.VI, VI_TITLE, List.of(
                Paragraph.centered(VI_LINES),
                new Heading(1, VI_HEADING),
                new Paragraph(VI_PARAGRAPH),
                new Heading(2, "Danh mục cam kết"),
                new Table(VI_HEADER, List.of(VI_ROW, List.of("2", "Hợp tác phòng chống dịch bệnh\nvà cứu hộ cứu nạn",
                        "Sở Y tế tỉnh Cao Bằng", "2027"))),
                new Signatures(List.of(new Signatory("Chủ tịch UBND tỉnh Lạng Sơn", "Hồ Tiến Thiệu"),
                        new Signatory("Phó Chủ tịch Chính phủ Khu tự trị Quảng Tây", "Vi Triều Vĩ")))));
    }

    static ExportDocument chinese() {
        return new ExportDocument(Language.ZH, ZH_TITLE, List.of(
                Paragraph.centered(ZH_LINES),
                new Heading(1, ZH_HEADING),
                new Paragraph(ZH_PARAGRAPH),
                new Heading(2, "承诺事项清单"),
                new Table(ZH_HEADER, List.of(ZH_ROW, List.of("2", "疫病联防联控\n与救援合作", "高平省卫生厅", "2027年"))),
                new Signatures(List.of(new Signatory("谅山省人民委员会主席", "胡进绍"),
                        new Signatory("广西壮族自治区人民政府副主席", "韦朝晖")))));
    }

    /**
     * A draft bilingual edition, Vietnamese left and Chinese right: a heading row, rows of one and of
     * several lines, one with a side empty; a paragraph, then a second layout of one row.
     */
    static ExportDocument bilingual() {
        return new ExportDocument(Language.VI, BILINGUAL_TITLE, DRAFT_HEADER, List.of(
                new Parallel(VI_HEADING, ZH_HEADING, true),
                new Parallel(VI_PARAGRAPH, ZH_PARAGRAPH, false),
                new Parallel(VI_LINES, ZH_LINES, false),
                new Parallel("", "韦朝晖", false),
                new Paragraph(VI_PARAGRAPH),
                new Parallel(VI_ROW.get(1), ZH_ROW.get(1), false)));
    }
}
