package org.jwc.secretariat.communique.past;

import java.util.HashSet;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.Communique;
import org.jwc.secretariat.communique.ImportedCommuniques;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The communiqué of a meeting held before the platform, imported from its text in one language: the
 * user previews what {@link PastCommuniqueParser} reads, fixes it, and saves it as the meeting's final
 * communiqué, marked imported ({@link ImportedCommuniques} keeps it and says who may import where).
 * The other language may be imported later and aligned with it by position.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PastCommuniqueImport {

    static final String ADMIN_OR_SECRETARY = "hasAnyRole('ADMIN', 'SECRETARY')";
    /** The longest text the parser reads, in characters. */
    public static final int MAX_LENGTH = PastText.MAX_LENGTH;
    /** The largest text file an upload takes: the longest text in UTF-8, up to four bytes a character. */
    public static final int MAX_FILE_BYTES = 4 * MAX_LENGTH;

    private final PastCommuniqueParser parser = new PastCommuniqueParser();
    private final ImportedCommuniques imported;
    private final PastReadingContext context;

    PastCommuniqueImport(ImportedCommuniques imported, PastReadingContext context) {
        this.imported = imported;
        this.context = context;
    }

    /** Whether the current user may import the meeting's communiqué now. */
    public boolean mayImport(long meetingId) {
        return imported.mayImport(meetingId);
    }

    /** The text read for review; nothing is saved. Bad input is refused on the field "text". */
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public ParsedCommunique preview(long meetingId, @Nullable String text, @Nullable Language language) {
        imported.meetingToImportInto(meetingId);
        if (language == null) {
            throw RefusedException.badInput("language", "validation.required");
        }
        return parser.parse(text == null ? "" : text, language, context.parties(meetingId), context.areas());
    }

    /**
     * Saves the reviewed text as the meeting's final, imported communiqué, replacing an imported one;
     * one made in the platform is never replaced. Every numbered section must have its area.
     */
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public Communique save(long meetingId, @Nullable ParsedCommunique reviewed, @Nullable Language language) {
        // Before the review, so that a refused user learns nothing of the text; the save checks again, as its own rule.
        imported.meetingToImportInto(meetingId);
        var taking = new HashSet<Long>(context.parties(meetingId).stream().map(PartyName::id).toList());
        var drafts = PastReview.drafts(reviewed, language, taking, context::areaExists);
        return imported.save(meetingId, drafts, reviewed.title(), language);
    }

    /**
     * Fills the other language of the meeting's imported communiqué from its own text, paragraph by
     * paragraph, and freezes the result as the new final version (the title of each language kept).
     */
    @PreAuthorize(ADMIN_OR_SECRETARY)
    public Communique saveOtherLanguage(long meetingId, @Nullable ParsedCommunique other, @Nullable Language language) {
        imported.meetingToImportInto(meetingId);
        if (language == null) {
            throw RefusedException.badInput("language", "validation.required");
        }
        if (other == null) {
            throw RefusedException.badInput(PastText.FIELD, "communique.import.error.noStructure");
        }
        return imported.saveOtherLanguage(meetingId, PastReview.otherLanguage(other), language);
    }
}
