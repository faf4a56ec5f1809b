package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.Buttons;
import org.jwc.secretariat.base.ui.ConfirmStep;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.PagePart;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.Bracket;
import org.jwc.secretariat.communique.BracketService;
import org.jwc.secretariat.communique.Communique;
import org.jwc.secretariat.communique.CommuniqueExport;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.DraftEditing;
import org.jwc.secretariat.communique.Edition;
import org.jwc.secretariat.communique.ImportedCommuniques;
import org.jwc.secretariat.communique.Numbering;
import org.jwc.secretariat.communique.Paragraph;
import org.jwc.secretariat.communique.TermWarning;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.meeting.ui.MeetingPage;
import org.jwc.secretariat.meeting.ui.MeetingStage;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * The communiqué of a meeting as its working text: the host's secretary generates, edits and
 * circulates it; every party reads it as Vietnamese/Chinese pairs, comments on its paragraphs and
 * brackets what it has not agreed; everyone sees others' changes as they are saved.
 */
@Route("meetings/:number/communique")
@PermitAll
class CommuniqueView extends MeetingPage {

    private final CommuniquePage.Services services;
    private final ApprovalService approvals;
    private final ImportedCommuniques imports;
    private final PartyService parties;
    private final SecretariatUser user;
    private final CommuniqueExport export;
    private final PagePart stage = new PagePart();
    private final PagePart head = new PagePart();
    private final List<PagePart> sectionParts = new ArrayList<>();

    CommuniqueView(CommuniqueService communiques, DraftEditing editing, BracketService brackets, ApprovalService approvals,
            ImportedCommuniques imports, MeetingService meetings, PartyService parties, CommentService comments, LiveUpdates live,
            CurrentUser currentUser, CommuniqueExport export) {
        super(meetings, "communique.page.title");
        this.services = new CommuniquePage.Services(communiques, editing, brackets, comments, live);
        this.approvals = approvals;
        this.imports = imports;
        this.export = export;
        this.parties = parties;
        this.user = currentUser.require();
        addClassName("communique-view");
        watchLive(live, Communique.KIND, user.partyId());
    }

    /**
     * Redraws only what changed: the summary when the counts or versions did, and each section when
     * its text, brackets or warnings did. Another party's comment or bracket elsewhere then leaves
     * alone the card a user is about to click.
     */
    @Override
    protected void show(Meeting m) {
        if (getComponentCount() == 0) {
            add(new H1(getTranslation("communique.page.title", m.title().in(UiLanguage.current()))), stage, head);
        }
        stage.show(MeetingStage.shownState(m), () -> new MeetingStage(m, parties));
        var found = services.communiques().find(m.id());
        if (found.isEmpty()) {
            head.show(List.of("none", m.phase()), () -> notGenerated(m));
            return;
        }
        var page = page(m, found.get());
        var latest = approvals.latest(m.id()).orElse(null);
        // The host hears, as of the terminology, when the preamble can name no delegation the minutes leave out.
        var unlisted = page.hostEdits() ? services.communiques().delegationsNotListed(m.id()) : List.<Party>of();
        head.show(List.of(found.get().status(), m.phase(), latest == null ? 0 : latest.id(), page.text().pendingPairs(),
                page.bracketsShown(), unlisted), () -> {
                    var layout = new VerticalLayout(new CommuniqueSummary(page, latest));
                    if (!unlisted.isEmpty()) {
                        layout.add(delegationsWarning(unlisted));
                    }
                    layout.add(actions(page));
                    finalFiles(page).ifPresent(layout::add);
                    return layout;
                });
        var sections = page.text().sections();
        var vi = Numbering.headings(sections, Language.VI);
        var zh = Numbering.headings(sections, Language.ZH);
        while (sectionParts.size() < sections.size()) {
            var part = new PagePart();
            sectionParts.add(part);
            add(part);
        }
        int number = 1;
        for (int i = 0; i < sections.size(); i++) {
            var section = sections.get(i);
            var first = number;
            var heading = List.of(vi.get(i), zh.get(i));
            var empty = !page.text().holdsParagraphs(i);
            sectionParts.get(i).show(List.of(section, heading, first, page.shown(section), empty),
                    () -> new SectionPanel(page, section, heading.get(0), heading.get(1), first, empty));
            number += section.paragraphs().size();
        }
    }

    private Component notGenerated(Meeting m) {
        var notYet = new Span(getTranslation("communique.notGenerated", parties.get(m.hostPartyId()).name(UiLanguage.current())));
        notYet.addClassName("not-generated");
        var layout = new VerticalLayout(notYet);
        layout.setPadding(false);
        if (user.hasRole(Role.SECRETARY) && Objects.equals(user.partyId(), m.hostPartyId()) && m.phase() == Phase.DRAFTING) {
            layout.add(primary("communique.action.generate", "generate-communique",
                    () -> act(() -> services.communiques().generate(m.id()))));
        }
        importEntry(m, null, layout);
        return layout;
    }

    /**
     * A past meeting's communiqué, approved on paper, comes in from its text; an imported one takes its
     * other language, or its text again.
     */
    private void importEntry(Meeting m, @Nullable CommuniquePage page, HasComponents layout) {
        if (m.phase() == Phase.CONCLUDED && imports.mayImport(m.id())) {
            var missing = page == null ? null : page.notImported();
            var label = page == null ? getTranslation("communique.action.import") : missing == null
                    ? getTranslation("communique.action.reimport")
                    : getTranslation("communique.action.importLanguage", getTranslation("language.name." + missing.name()));
            var open = new Button(label,
                    // By address: the import depends on the communiqué, not the other way round.
                    e -> getUI().ifPresent(ui -> ui.navigate("meetings/" + m.number() + "/communique/import")));
            open.addClassName("import-communique");
            layout.add(open);
        }
    }

    /** Everything the parts draw, read once for this drawing. */
    private CommuniquePage page(Meeting m, Communique communique) {
        var communiques = services.communiques();
        var records = communiques.paragraphs(m.id()).stream().collect(Collectors.toMap(Paragraph::id, Function.identity()));
        var brackets = communiques.brackets(m.id()).stream().collect(Collectors.groupingBy(Bracket::paragraphId));
        var text = communiques.workingText(m.id());
        var warnings = communiques.terminology(m.id(), text).stream().collect(Collectors.groupingBy(TermWarning::paragraphId));
        return new CommuniquePage(services, user, parties.byId(), communiques.takingPart(m.id()), parties.currentUserZone(), m,
                communique, text, records, brackets, warnings, CommuniquePage.notImported(communique, text), this::redraw, this::act);
    }

    /** The final text's files, on the page a reader opens for the communiqué; an imported one in its language only. */
    private Optional<VerticalLayout> finalFiles(CommuniquePage page) {
        var finalId = page.communique().finalVersionId();
        if (finalId == null) {
            return Optional.empty();
        }
        var editions = page.notImported() == null ? List.of(Edition.values())
                : Arrays.stream(Edition.values()).filter(e -> e.language() != null && e.language() != page.notImported()).toList();
        var files = new VerticalLayout(new H2(getTranslation("communique.finalFiles")),
                new VersionDownloads(export, approvals.version(finalId), editions));
        files.setPadding(false);
        files.addClassName("final-files");
        return Optional.of(files);
    }

    private Span delegationsWarning(List<Party> unlisted) {
        var names = unlisted.stream().map(p -> p.shortName().in(UiLanguage.current())).collect(Collectors.joining(", "));
        var warning = new Span(getTranslation("communique.warning.delegationsNotListed", names));
        warning.addClassName("delegations-warning");
        return warning;
    }

    private HorizontalLayout actions(CommuniquePage page) {
        var actions = new HorizontalLayout();
        if (page.hostEdits()) {
            actions.add(primary("communique.action.circulate", "circulate-communique", () -> ConfirmStep.ask("confirm-circulation",
                    getTranslation("communique.action.circulate"), getTranslation("communique.confirm.circulate",
                            page.takingPart().stream().map(p -> p.name(UiLanguage.current())).collect(Collectors.joining(", "))),
                    getTranslation("communique.confirm.circulateButton"), false, () -> act(() -> {
                        var version = approvals.circulate(page.meeting().id());
                        Notifications.success(getTranslation("communique.circulated", version.number(), version.fingerprint()));
                    }))));
        }
        // A final text takes no more decisions: its page holds the versions and the approval record.
        var approval = new Button(getTranslation(page.communique().isFinal() ? "communique.action.finalRecordPage"
                : "communique.action.approvalPage"),
                e -> CommuniqueNavigation.toApproval(page.meeting()));
        approval.addClassName("open-approval");
        actions.add(approval);
        if (page.communique().imported()) {
            importEntry(page.meeting(), page, actions);
        }
        return actions;
    }

    private Button primary(String key, String className, Runnable action) {
        return Buttons.primary(getTranslation(key), className, action);
    }

    private void act(Runnable action) {
        if (ErrorHandling.attempt(this, action)) {
            redraw();
        }
    }
}
