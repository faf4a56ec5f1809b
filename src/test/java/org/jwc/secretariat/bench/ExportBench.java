package org.jwc.secretariat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.jwc.secretariat.export.Block;
import org.jwc.secretariat.export.DocxExport;
import org.jwc.secretariat.export.ExportDocument;
import org.jwc.secretariat.export.PdfExport;
import org.jwc.secretariat.i18n.Language;

/**
 * Benchmark, not a test: the time to export a document of about 30 pages (sections of paragraphs
 * and a 40-row table) to DOCX and to PDF, in Vietnamese and in Chinese. Prints the first export of
 * each in the JVM (the first of all loads the classes and the font), then min / median / max of the
 * measured runs after the warm-up, and the sizes; writes the files for a look.
 *
 * <p>Usage: {@code ExportBench [runs=20] [warm-up=5] [output-directory=target/bench-export]}; see bench/export.sh.
 */
public final class ExportBench {

    private static final String VI_SENTENCE = "Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong quản lý biên giới, "
            + "tạo thuận lợi thông quan hàng hóa qua các cửa khẩu Hữu Nghị, Tân Thanh, Chi Ma, Trà Lĩnh và Thanh Thủy, "
            + "đẩy mạnh hợp tác giữa các tỉnh Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng với Khu tự trị dân tộc Choang Quảng Tây. ";
    private static final String ZH_SENTENCE = "双方同意继续加强边境管理合作，便利友谊关、新清、爱店、水口和天保等口岸的货物通关，"
            + "深化广西壮族自治区与越南河江、广宁、谅山、高平四省的交流合作。";

    private ExportBench() {
    }

    public static void main(String[] args) throws IOException {
        // Without a logging configuration, Logback prints PDFBox's and POI's debug lines among the figures.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        var out = Path.of(args.length > 2 ? args[2] : "target/bench-export");
        Files.createDirectories(out);
        var cases = new ArrayList<Case>();
        for (var language : List.of(Language.VI, Language.ZH)) {
            var document = document(language);
            cases.add(new Case(document, "DOCX", new DocxExport()::toBytes, runs));
            cases.add(new Case(document, "PDF", new PdfExport()::toBytes, runs));
        }
        for (var c : cases) {
            long t0 = System.nanoTime();
            c.bytes = c.export.apply(c.document);
            c.first = (System.nanoTime() - t0) / 1e6;
        }
        // Warm-up and measured runs in rounds over all four, so that neither the JIT's order nor
        // a burst of load on the shared machine favours one of them.
        for (int round = -warmUp; round < runs; round++) {
            for (var c : cases) {
                long t0 = System.nanoTime();
                c.export.apply(c.document);
                if (round >= 0) {
                    c.millis[round] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        for (var c : cases) {
            report(c, out);
        }
    }

    private static final class Case {
        final ExportDocument document;
        final String format;
        final Function<ExportDocument, byte[]> export;
        final double[] millis;
        byte[] bytes;
        double first;

        Case(ExportDocument document, String format, Function<ExportDocument, byte[]> export, int runs) {
            this.document = document;
            this.millis = new double[runs];
            this.format = format;
            this.export = export;
        }
    }

    private static void report(Case c, Path out) throws IOException {
        var millis = c.millis.clone();
        Arrays.sort(millis);
        var file = out.resolve(c.document.language().name().toLowerCase() + "." + c.format.toLowerCase());
        Files.write(file, c.bytes);
        var pages = c.format.equals("PDF") ? ", " + pdfPages(c.bytes) + " pages" : "";
        System.out.printf("%s %-4s first %.0f ms; %d runs: min %.0f, median %.0f, max %.0f ms; %d KiB%s (%s)%n",
                c.document.language(), c.format, c.first, millis.length, millis[0], median(millis), millis[millis.length - 1],
                c.bytes.length / 1024, pages, file);
    }

    /** Sections of headings and paragraphs, with a 40-row table of commitments after the first. */
    static ExportDocument document(Language language) {
        boolean vi = language == Language.VI;
        var blocks = new ArrayList<Block>();
        blocks.add(Block.Paragraph.centered(vi ? "Lạng Sơn, ngày 25 tháng 11 năm 2026" : "2026年11月25日于谅山"));
        for (int section = 1; section <= 12; section++) {
            blocks.add(new Block.Heading(1, (vi ? "Phần " : "第") + section + (vi ? ". Hợp tác cửa khẩu" : "部分 口岸合作")));
            for (int sub = 1; sub <= 2; sub++) {
                blocks.add(new Block.Heading(2, section + "." + sub + (vi ? " Kết quả và phương hướng" : " 成果与方向")));
                for (int p = 0; p < 4; p++) {
                    blocks.add(new Block.Paragraph((vi ? VI_SENTENCE : ZH_SENTENCE).repeat(vi ? 3 : 5).strip()));
                }
            }
            if (section == 1) {
                blocks.add(table(vi));
            }
        }
        blocks.add(new Block.Signatures(List.of(
                new Block.Signatory(vi ? "Chủ tịch UBND tỉnh Lạng Sơn" : "谅山省人民委员会主席", vi ? "Hồ Tiến Thiệu" : "胡进绍"),
                new Block.Signatory(vi ? "Phó Chủ tịch Chính phủ Khu tự trị Quảng Tây" : "广西壮族自治区人民政府副主席",
                        vi ? "Vi Triều Vĩ" : "韦朝晖"))));
        return new ExportDocument(language, vi ? "Biên bản Hội nghị lần thứ 18 Ủy ban Công tác liên hợp"
                : "中越边境四省区联合工作委员会第十八次会议纪要", blocks);
    }

    private static Block.Table table(boolean vi) {
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 40; i++) {
            rows.add(vi
                    ? List.of(String.valueOf(i), "Thông quan hàng nông sản qua cửa khẩu Tân Thanh, đợt " + i,
                            "Sở Công Thương tỉnh Lạng Sơn", "Quý " + (1 + i % 4) + "/2027")
                    : List.of(String.valueOf(i), "农产品经新清口岸通关便利化（第" + i + "批）", "谅山省工贸厅",
                            "2027年第" + (1 + i % 4) + "季度"));
        }
        return new Block.Table(vi ? List.of("STT", "Nội dung cam kết", "Bên chủ trì", "Thời hạn")
                : List.of("序号", "承诺事项", "牵头单位", "期限"), rows);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static int pdfPages(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
