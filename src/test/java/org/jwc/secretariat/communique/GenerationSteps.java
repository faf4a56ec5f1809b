package org.jwc.secretariat.communique;

import java.util.EnumSet;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bench helper, not a test: the steps of {@link CommuniqueService#generate} timed one by one, in one
 * transaction as there: the checks and the communiqué's row, reading the facts (the agreed proposals
 * and the rest), drafting (pure), saving the sections and paragraphs (an insert each, the ids being
 * the database's), flushing (the paragraphs' parties and sources) and the commit (Envers writes the
 * paragraphs' revisions). Keep it in step with generate. The caller signs in as the host's
 * secretary and deletes the communiqué afterwards; CommuniqueBench uses it.
 */
public final class GenerationSteps {

    /** Milliseconds of each step. */
    public record Times(double start, double read, double draft, double save, double flush, double commit) {

        public double total() {
            return start + read + draft + save + flush + commit;
        }
    }

    private GenerationSteps() {
    }

    public static Times time(ApplicationContext context, long meetingId) {
        var facts = context.getBean(DraftingFactsReader.class);
        var communiques = context.getBean(Communiques.class);
        var sections = context.getBean(CommuniqueSections.class);
        var paragraphs = context.getBean(Paragraphs.class);
        var access = context.getBean(CommuniqueAccess.class);
        var meetings = context.getBean(MeetingService.class);
        var translations = context.getBean(Translations.class);
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var t = new long[7];
        t[0] = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            var meeting = access.hostOf(meetings.inPhase(meetingId, EnumSet.of(Phase.DRAFTING)));
            var communique = communiques.saveAndFlush(new Communique(meetingId));
            t[1] = System.nanoTime();
            var drafter = new CommuniqueDrafter((key, language, args) -> translations.getTranslation(key, language.locale(), args));
            var read = facts.read(meeting);
            t[2] = System.nanoTime();
            var drafted = drafter.draft(read);
            t[3] = System.nanoTime();
            for (int s = 0; s < drafted.size(); s++) {
                var section = sections.save(new CommuniqueSection(communique.id(), s, drafted.get(s)));
                var texts = drafted.get(s).paragraphs();
                for (int p = 0; p < texts.size(); p++) {
                    paragraphs.save(new Paragraph(communique.id(), section.id(), p, texts.get(p)));
                }
            }
            t[4] = System.nanoTime();
            paragraphs.flush();
            t[5] = System.nanoTime();
        });
        t[6] = System.nanoTime();
        return new Times(ms(t[0], t[1]), ms(t[1], t[2]), ms(t[2], t[3]), ms(t[3], t[4]), ms(t[4], t[5]), ms(t[5], t[6]));
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
