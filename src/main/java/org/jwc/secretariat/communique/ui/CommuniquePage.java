package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.UI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.communique.Bracket;
import org.jwc.secretariat.communique.BracketService;
import org.jwc.secretariat.communique.Communique;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.CommuniqueText;
import org.jwc.secretariat.communique.DraftEditing;
import org.jwc.secretariat.communique.Paragraph;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.communique.SectionText;
import org.jwc.secretariat.communique.TermWarning;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * What the parts of the communiqué editor share: the services, the reader, the meeting and its
 * communiqué as read for this drawing (the working text, its paragraphs' versions and owners, the
 * brackets and terminology warnings per paragraph), and how the page redraws and reports a refusal.
 * The role checks mirror the services' rules only to hide what the reader may not do.
 */
record CommuniquePage(Services services, SecretariatUser user, Map<Long, Party> parties, List<Party> takingPart, ZoneId zone,
        Meeting meeting, Communique communique, CommuniqueText text, Map<Long, Paragraph> records,
        Map<Long, List<Bracket>> brackets, Map<Long, List<TermWarning>> warnings, @Nullable Language notImported,
        Runnable redraw, Consumer<Runnable> actor) {

    /** The services the editor's parts call. */
    record Services(CommuniqueService communiques, DraftEditing editing, BracketService brackets, CommentService comments,
            LiveUpdates live) {
    }

    /** The reader is the host party's secretary, who drafts the communiqué. */
    boolean isHost() {
        return user.hasRole(Role.SECRETARY) && Objects.equals(user.partyId(), meeting.hostPartyId());
    }

    /** The text may still change: not final, and the meeting drafting or approving. */
    boolean editable() {
        return !communique.isFinal() && (meeting.phase() == Phase.DRAFTING || meeting.phase() == Phase.APPROVAL);
    }

    /** The reader may edit, move, delete, add paragraphs and resolve brackets. */
    boolean hostEdits() {
        return isHost() && editable();
    }

    /** A taking-part party's secretary brackets text for their own party (the host's for any). */
    boolean mayBracket() {
        return editable() && user.hasRole(Role.SECRETARY) && takingPart.stream().anyMatch(p -> p.id() == ownParty());
    }

    /** The host's people or those of the party whose proposal the paragraph came from confirm the other language. */
    boolean mayConfirm(Paragraph paragraph) {
        var party = user.partyId();
        return editable() && paragraph.pendingLanguage() != null
                && (user.hasRole(Role.SECRETARY) || user.hasRole(Role.DELEGATE))
                && party != null && (party == meeting.hostPartyId() || party.equals(paragraph.ownerPartyId()));
    }

    /**
     * The official language an imported communiqué has not been given yet: its paper text came in one
     * language, and that language's text is final as it stands; nothing awaits a translator.
     */
    static @Nullable Language notImported(Communique communique, CommuniqueText text) {
        return communique.imported() ? text.paragraphs().stream().map(ParagraphText::pending).filter(Objects::nonNull)
                .findFirst().orElse(null) : null;
    }

    /** "Chưa nhập văn bản tiếng Trung", where a language is not imported. */
    @Nullable String notImportedNote() {
        return notImported == null ? null : UI.getCurrent().getTranslation("communique.import.notImported",
                UI.getCurrent().getTranslation("language.name." + notImported.name()));
    }

    long ownParty() {
        return user.partyId() == null ? -1 : user.partyId();
    }

    String partyName(long partyId) {
        var party = parties.get(partyId);
        return party == null ? String.valueOf(partyId) : party.name(UiLanguage.current());
    }

    String partyCode(long partyId) {
        var party = parties.get(partyId);
        return party == null ? String.valueOf(partyId) : party.code();
    }

    /** The paragraph as saved when the page was drawn; null if it was deleted in between. */
    @Nullable Paragraph record(long paragraphId) {
        return records.get(paragraphId);
    }

    /** Every bracket as saved (its id and version), for the counts the summary shows. */
    List<List<Long>> bracketsShown() {
        return brackets.values().stream().flatMap(List::stream).map(b -> List.of(b.id(), b.getVersion())).sorted(
                Comparator.comparing(List::getFirst)).toList();
    }

    /**
     * What a section's cards show besides its text: who may act (the phase, the final mark) and, per
     * paragraph, its saved version, its brackets as saved and its warnings.
     */
    List<Object> shown(SectionText section) {
        var shown = new ArrayList<Object>(List.of(meeting.phase(), communique.status()));
        for (var paragraph : section.paragraphs()) {
            var record = records.get(paragraph.id());
            shown.add(record == null ? 0 : record.getVersion());
            brackets.getOrDefault(paragraph.id(), List.of()).forEach(b -> shown.add(List.of(b.id(), b.getVersion())));
            shown.add(warnings.getOrDefault(paragraph.id(), List.of()));
        }
        return shown;
    }

    /** Draws the page again from the services. */
    void refresh() {
        redraw.run();
    }

    /** Runs a change, then redraws; a refusal is shown and nothing else happens. */
    void act(Runnable change) {
        actor.accept(change);
    }
}
