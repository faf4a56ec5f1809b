package org.jwc.secretariat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.jwc.secretariat.Application;
import org.jwc.secretariat.LibreOffice;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueExport;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.DraftEditing;
import org.jwc.secretariat.communique.Edition;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.communique.SectionKind;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Side;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.OutcomeDraft;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test: the communiqué of a meeting with 500 agreed proposals. Starts the
 * application in this JVM (demo profile; a web server on a random port that nothing uses, as the
 * security configuration needs a servlet context) on an H2 file database, creates a meeting like
 * the 18th (Lạng Sơn hosts, Guangxi co-chairs) numbered below the demo's 14th, and brings it
 * through the services, signed in as the demo accounts who would act: each party's secretary drafts
 * and submits its proposals (joint, side and bilateral, over the demo's areas, Vietnamese texts of
 * 300–600 characters with their Chinese, {@link ProposalTexts}), Lạng Sơn's secretary opens and
 * agrees each, the administrator moves the meeting to drafting. Then it times, as Lạng Sơn's
 * secretary:
 *
 * <ol>
 *   <li>{@link CommuniqueService#generate}: the first in the JVM, then warm-up and measured runs, the
 *       generated communiqué deleted with JDBC before each (generation happens once per meeting);
 *   <li>{@link CommuniqueExport#export} of a circulated version, bilingual, to DOCX and to PDF: a
 *       version of about 40 PDF pages (the 500-paragraph draft with all but 106 of its agreed
 *       paragraphs deleted, evenly over the sections, through {@link DraftEditing}; a bilingual page
 *       holds about three paragraphs), and the 500-paragraph version itself; the
 *       first export of each in the JVM, then warm-up and measured rounds over the four; then the
 *       Vietnamese and the Chinese PDF of the 40-page version once each.
 * </ol>
 *
 * Prints the first run, then min / median / max of the measured runs, pages and sizes; writes the
 * files to the output directory (with LibreOffice's PDF of each DOCX where soffice is installed).
 *
 * <p>Usage: {@code CommuniqueBench [runs=10] [warm-up=3] [output-directory=target/bench-communique]
 * [proposals=500] [agreed-paragraphs-kept-for-the-40-page-version=106]}; see bench/communique.sh.
 */
public final class CommuniqueBench {

    private static final String HOST = "ls.secretary";

    private CommuniqueBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var out = Path.of(args.length > 2 ? args[2] : "target/bench-communique").toAbsolutePath();
        int proposals = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int shortVersion = args.length > 4 ? Integer.parseInt(args[4]) : 106;
        Files.createDirectories(out);
        var application = new SpringApplication(Application.class);
        long t0 = System.nanoTime();
        // Not without a web server: the security configuration needs a servlet context. A random port, unused.
        try (var context = application.run("--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + out.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--jwc.export.warm-up=false", "--jwc.notifications.deadline-cron=-", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--logging.level.org.apache.fontbox=error", "--logging.level.org.apache.pdfbox=error")) {
            System.out.printf("Application started in %.1f s, %s%n", (System.nanoTime() - t0) / 1e9, load());
            new CommuniqueBench.Run(context, runs, warmUp, out).run(proposals, shortVersion);
        }
    }

    private static final class Run {

        private final ConfigurableApplicationContext context;
        private final int runs;
        private final int warmUp;
        private final Path out;
        private final MeetingService meetings;
        private final PartyService parties;
        private final ProposalService proposals;
        private final NegotiationService negotiation;
        private final CommuniqueService communiques;
        private final DraftEditing editing;
        private final ApprovalService approvals;
        private final CommuniqueExport exports;
        private final UserDetailsService accounts;
        private final JdbcTemplate jdbc;
        private final Map<String, UserDetails> users = new HashMap<>();

        Run(ConfigurableApplicationContext context, int runs, int warmUp, Path out) {
            this.context = context;
            this.runs = runs;
            this.warmUp = warmUp;
            this.out = out;
            meetings = context.getBean(MeetingService.class);
            parties = context.getBean(PartyService.class);
            proposals = context.getBean(ProposalService.class);
            negotiation = context.getBean(NegotiationService.class);
            communiques = context.getBean(CommuniqueService.class);
            editing = context.getBean(DraftEditing.class);
            approvals = context.getBean(ApprovalService.class);
            exports = context.getBean(CommuniqueExport.class);
            accounts = context.getBean(UserDetailsService.class);
            jdbc = context.getBean(JdbcTemplate.class);
        }

        void run(int count, int shortVersion) throws Exception {
            var meeting = meetingInDrafting(count);
            generation(meeting);
            exports(meeting, shortVersion);
        }

        // ---- the meeting and its agreed proposals, through the services ----

        private Meeting meetingInDrafting(int count) {
            as("admin");
            var eighteenth = meetings.findByNumber(18).orElseThrow().details();
            var taken = meetings.all().stream().map(Meeting::number).toList();
            // Below the demo's 14th, so that the host rotation (which follows the latest meeting) is unchanged.
            var number = IntStream.iterate(13, n -> n > 0, n -> n - 1).filter(n -> !taken.contains(n)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no meeting number below 14 left"));
            var meeting = meetings.create(new MeetingDetails(number,
                    new LocalizedText("Hội nghị lần thứ " + number + " Ủy ban Công tác liên hợp (dữ liệu đo hiệu năng)",
                            "联合工作委员会第" + number + "次会议（性能测试数据）", "Joint Working Committee, meeting " + number + " (benchmark data)"),
                    eighteenth.startsAt(), eighteenth.endsAt(), eighteenth.format(), eighteenth.venue(), eighteenth.bridges(),
                    eighteenth.hostPartyId(), eighteenth.coChairPartyId(), null, null, null));
            var members = parties.activeOn(LocalDate.ofInstant(meeting.startsAt(), ZoneOffset.UTC)).stream()
                    .sorted(Comparator.comparingLong(Party::id)).toList();
            var areas = leafAreas();
            long t0 = System.nanoTime();
            var submitted = new ArrayList<Long>();
            for (int i = 0; i < count; i++) {
                // The parties in turn, each over all areas (5 and 12 have no common factor).
                var owner = members.get(i % members.size());
                var scope = scope(i / members.size());
                var counterparts = scope == ProposalScope.BILATERAL ? Set.of(bilateralPartner(owner, members, i).id()) : Set.<Long>of();
                var area = areas.get(i % areas.size());
                var text = ProposalTexts.text(area.name().vi(), i / areas.size(), i, scope == ProposalScope.BILATERAL && i % 2 == 0
                        ? List.of(owner, bilateralPartner(owner, members, i)) : List.of());
                as(owner.code().toLowerCase() + ".secretary");
                var drafted = proposals.draft(meeting.id(), new ProposalDraft(area.id(), scope, counterparts,
                        ProposalTexts.title(area.name(), i), text, null, null, null));
                submitted.add(proposals.submit(drafted.id(), drafted.getVersion()).id());
            }
            long t1 = System.nanoTime();
            moveTo(meeting, Phase.NEGOTIATION);
            as(HOST);
            for (var id : submitted) {
                var opened = negotiation.openDiscussion(id, proposals.get(id).getVersion());
                negotiation.decide(id, opened.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, "Đã thống nhất tại phiên họp toàn thể"));
            }
            long t2 = System.nanoTime();
            moveTo(meeting, Phase.IN_SESSION);
            moveTo(meeting, Phase.DRAFTING);
            as(HOST);
            var agreed = negotiation.agreed(meeting.id());
            var viLengths = agreed.stream().mapToInt(a -> a.text().vi().length()).summaryStatistics();
            var zhLengths = agreed.stream().mapToInt(a -> a.text().zh().length()).summaryStatistics();
            var scopes = new java.util.TreeMap<ProposalScope, Integer>();
            agreed.forEach(a -> scopes.merge(a.proposal().scope(), 1, Integer::sum));
            System.out.printf("Meeting %d: %d proposals drafted and submitted by the five secretaries in %.1f s,"
                    + " opened and agreed by %s in %.1f s, through the services%n", meeting.number(), count,
                    (t1 - t0) / 1e9, HOST, (t2 - t1) / 1e9);
            System.out.printf("  %d agreed %s over %d areas; Vietnamese %d–%d characters (mean %.0f), Chinese %d–%d (mean %.0f)%n",
                    agreed.size(), scopes, areas.size(), viLengths.getMin(), viLengths.getMax(), viLengths.getAverage(),
                    zhLengths.getMin(), zhLengths.getMax(), zhLengths.getAverage());
            return meetings.get(meeting.id());
        }

        /** The areas without sub-areas, in the tree's order. */
        private List<CooperationArea> leafAreas() {
            var all = context.getBean(AreaService.class).all();
            var parents = new HashSet<Long>();
            all.forEach(a -> {
                if (a.parentId() != null) {
                    parents.add(a.parentId());
                }
            });
            return all.stream().filter(a -> !parents.contains(a.id())).toList();
        }

        /** Of each party's proposals, seven in ten joint, three in twenty side-wide, three in twenty bilateral. */
        private static ProposalScope scope(int nth) {
            return switch (nth % 20) {
                case 3, 9, 15 -> ProposalScope.SIDE;
                case 6, 12, 18 -> ProposalScope.BILATERAL;
                default -> ProposalScope.JOINT;
            };
        }

        /** A Vietnamese province's bilateral proposal is with Guangxi; Guangxi's with each province in turn. */
        private static Party bilateralPartner(Party owner, List<Party> members, int i) {
            var others = members.stream().filter(p -> p.side() != owner.side()).toList();
            return owner.side() == Side.VN ? others.getFirst() : others.get(i / 7 % others.size());
        }

        private void moveTo(Meeting meeting, Phase phase) {
            as("admin");
            meetings.changePhase(meeting.id(), meetings.get(meeting.id()).getVersion(), phase);
        }

        // ---- generation ----

        private void generation(Meeting meeting) {
            as(HOST);
            long t0 = System.nanoTime();
            communiques.generate(meeting.id());
            var first = ms(t0);
            var paragraphs = communiques.workingText(meeting.id()).paragraphs().size();
            var sections = communiques.workingText(meeting.id()).sections().size();
            var millis = new double[runs];
            for (int run = -warmUp; run < runs; run++) {
                deleteCommunique(meeting.id());
                long t = System.nanoTime();
                communiques.generate(meeting.id());
                if (run >= 0) {
                    millis[run] = ms(t);
                }
            }
            System.out.printf("%nGeneration from %d agreed proposals (%d sections, %d paragraphs), %s:%n",
                    negotiation.agreed(meeting.id()).size(), sections, paragraphs, load());
            report("generate", first, millis, "");
            deleteCommunique(meeting.id());
            communiques.generate(meeting.id());
        }

        /** The communiqué and everything generated with it, the paragraphs' revisions included. */
        private void deleteCommunique(long meetingId) {
            var communique = "(SELECT id FROM communique WHERE meeting_id = " + meetingId + ")";
            var paragraphs = "(SELECT id FROM communique_paragraph WHERE communique_id IN " + communique + ")";
            var revisions = jdbc.queryForList("SELECT DISTINCT rev FROM communique_paragraph_aud WHERE communique_id IN "
                    + communique, Long.class);
            for (var delete : List.of(
                    "DELETE FROM communique_paragraph_party_aud WHERE paragraph_id IN " + paragraphs,
                    "DELETE FROM communique_paragraph_source_aud WHERE paragraph_id IN " + paragraphs,
                    "DELETE FROM communique_paragraph_aud WHERE communique_id IN " + communique,
                    "DELETE FROM communique_paragraph_party WHERE paragraph_id IN " + paragraphs,
                    "DELETE FROM communique_paragraph_source WHERE paragraph_id IN " + paragraphs,
                    "DELETE FROM communique_paragraph WHERE communique_id IN " + communique,
                    "DELETE FROM communique_section WHERE communique_id IN " + communique,
                    "DELETE FROM communique WHERE meeting_id = " + meetingId)) {
                jdbc.update(delete);
            }
            revisions.forEach(rev -> jdbc.update("DELETE FROM revision WHERE id = ?", rev));
        }

        // ---- circulation and export ----

        private void exports(Meeting meeting, int shortVersion) throws Exception {
            as(HOST);
            long t0 = System.nanoTime();
            var full = approvals.circulate(meeting.id());
            var circulated = ms(t0);
            var kept = trim(meeting.id(), shortVersion);
            long t1 = System.nanoTime();
            var forty = approvals.circulate(meeting.id());
            System.out.printf("Circulated version %d (%d paragraphs) in %.0f ms (the first in the JVM), version %d (%d paragraphs)"
                    + " after the deletions in %.0f ms%n", full.number(), paragraphs(full), circulated, forty.number(), kept, ms(t1));
            var cases = List.of(
                    new Case(forty, Edition.BILINGUAL, ExportFormat.DOCX, runs),
                    new Case(forty, Edition.BILINGUAL, ExportFormat.PDF, runs),
                    new Case(full, Edition.BILINGUAL, ExportFormat.DOCX, runs),
                    new Case(full, Edition.BILINGUAL, ExportFormat.PDF, runs));
            for (var c : cases) {
                long t = System.nanoTime();
                c.bytes = exports.export(c.version.id(), c.edition, c.format);
                c.first = ms(t);
            }
            // Rounds over all four, so that neither the JIT's order nor a burst of load favours one.
            for (int round = -warmUp; round < runs; round++) {
                for (var c : cases) {
                    long t = System.nanoTime();
                    exports.export(c.version.id(), c.edition, c.format);
                    if (round >= 0) {
                        c.millis[round] = ms(t);
                    }
                }
            }
            var once = List.of(new Case(forty, Edition.VI, ExportFormat.PDF, 0), new Case(forty, Edition.ZH, ExportFormat.PDF, 0));
            for (var c : once) {
                long t = System.nanoTime();
                c.bytes = exports.export(c.version.id(), c.edition, c.format);
                c.first = ms(t);
            }
            System.out.printf("Export of the circulated versions, %s:%n", load());
            var docx = new ArrayList<Path>();
            for (var c : cases) {
                var file = write(c);
                if (c.format == ExportFormat.DOCX) {
                    docx.add(file);
                }
                report(label(c), c.first, c.millis, size(c, file));
            }
            for (var c : once) {
                var file = write(c);
                System.out.printf("  %-44s once (warm) %.0f ms; %s%n", label(c), c.first, size(c, file));
            }
            docxPages(docx);
        }

        /**
         * Deletes paragraphs of the agreed sections through the host's editing until {@code keep} of
         * them are left, evenly over the sections (the preamble and the closing whole), the last first
         * so that the others keep their places. Returns the paragraphs left in the whole text.
         */
        private int trim(long meetingId, int keep) {
            var text = communiques.workingText(meetingId);
            var agreed = text.sections().stream().filter(s -> s.kind() == SectionKind.AREA)
                    .flatMap(s -> s.paragraphs().stream()).map(ParagraphText::id).toList();
            var n = agreed.size();
            var dropped = new ArrayList<Long>();
            for (int j = 0; j < n; j++) {
                if ((long) j * keep % n >= keep) {
                    dropped.add(agreed.get(j));
                }
            }
            long t0 = System.nanoTime();
            for (var id : dropped.reversed()) {
                editing.delete(id, communiques.paragraph(id).getVersion());
            }
            System.out.printf("%nDeleted %d paragraphs through DraftEditing in %.1f s%n", dropped.size(), (System.nanoTime() - t0) / 1e9);
            return communiques.workingText(meetingId).paragraphs().size();
        }

        private Path write(Case c) throws IOException {
            var file = out.resolve(exports.fileName(c.version.id(), c.edition, c.format));
            Files.write(file, c.bytes);
            return file;
        }

        private String label(Case c) {
            return String.format("v%d (%d paragraphs) %s %s", c.version.number(), paragraphs(c.version),
                    c.edition, c.format);
        }

        private int paragraphs(CommuniqueVersion version) {
            return approvals.text(version.id()).paragraphs().size();
        }

        private static String size(Case c, Path file) throws IOException {
            var pages = c.format == ExportFormat.PDF ? pdfPages(c.bytes) + " pages, " : "";
            return pages + c.bytes.length / 1024 + " KiB (" + file.getFileName() + ")";
        }

        /** The DOCX files' pages as LibreOffice lays them out, where it is installed; after all timing. */
        private void docxPages(List<Path> docx) throws Exception {
            if (!onPath("soffice")) {
                return;
            }
            var dir = out.resolve("libreoffice");
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            LibreOffice.convertToPdf(dir, docx.toArray(Path[]::new));
            for (var file : docx) {
                var pdf = dir.resolve(file.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
                System.out.printf("  %s in LibreOffice: %d pages%n", file.getFileName(), pdfPages(Files.readAllBytes(pdf)));
            }
            System.out.printf("  (LibreOffice converted the DOCX files in %.0f s)%n", (System.nanoTime() - t0) / 1e9);
        }

        private void as(String username) {
            var user = users.computeIfAbsent(username, accounts::loadUserByUsername);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
    }

    private static final class Case {
        final CommuniqueVersion version;
        final Edition edition;
        final ExportFormat format;
        final double[] millis;
        byte[] bytes = new byte[0];
        double first;

        Case(CommuniqueVersion version, Edition edition, ExportFormat format, int runs) {
            this.version = version;
            this.edition = edition;
            this.format = format;
            this.millis = new double[runs];
        }
    }

    private static void report(String what, double first, double[] runs, String more) {
        var millis = runs.clone();
        Arrays.sort(millis);
        System.out.printf("  %-44s first %.0f ms; %d runs: min %.0f, median %.0f, max %.0f ms%s%n", what, first,
                millis.length, millis[0], median(millis), millis[millis.length - 1], more.isEmpty() ? "" : "; " + more);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ms(long from) {
        return (System.nanoTime() - from) / 1e6;
    }

    private static int pdfPages(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    private static boolean onPath(String tool) {
        var path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
