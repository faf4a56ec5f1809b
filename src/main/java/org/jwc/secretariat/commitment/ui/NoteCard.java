package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jwc.secretariat.commitment.ProgressNote;
import org.jwc.secretariat.i18n.Language;

/** One progress report: its date, party, author and the status it set, and what was done in each language it was written in. */
class NoteCard extends Div {

    NoteCard(CommitmentContext context, ProgressNote note) {
        addClassName("progress-note");
        var party = context.party(note.partyId());
        getElement().setAttribute("data-party", party.code());
        getElement().setAttribute("data-status", note.status().name());
        // Reported while the party was a member: its name; later, by its successor carrying it on.
        var reporter = party.isActiveOn(note.notedOn()) ? party.shortName().in(context.language())
                : context.responsibleName(note.partyId(), true);
        var header = new Span(getTranslation("commitment.note.header", date(note, getLocale()), reporter,
                note.authorName(), getTranslation("commitment.status." + note.status().name())));
        header.addClassName("progress-note-header");
        add(header);
        for (var language : List.of(Language.VI, Language.ZH, Language.EN)) {
            if (note.text().get(language) != null) {
                add(OfficialText.paragraph(note.text(), language, "progress-note-text"));
            }
        }
    }

    /** The report's date as the reader writes dates; it is a calendar date, the same in every time zone. */
    static String date(ProgressNote note, java.util.Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(note.notedOn());
    }
}
