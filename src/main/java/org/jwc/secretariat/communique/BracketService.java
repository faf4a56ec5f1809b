package org.jwc.secretariat.communique;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brackets mark text still under negotiation. Any taking-part party's secretary brackets a span for
 * its own party (the host's for any party); only the host's secretary resolves one, keeping the
 * text, taking an alternative or dropping the span, in both languages at once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class BracketService {

    private final Brackets brackets;
    private final Paragraphs paragraphs;
    private final CommuniqueAccess access;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BracketService(Brackets brackets, Paragraphs paragraphs, CommuniqueAccess access, MeetingService meetings,
            CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.brackets = brackets;
        this.paragraphs = paragraphs;
        this.access = access;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    @PreAuthorize(CommuniqueService.SECRETARY)
    public Bracket open(long paragraphId, BracketDraft draft) {
        var paragraph = access.paragraph(paragraphId);
        var communique = access.byId(paragraph.communiqueId());
        communique.requireDraft();
        var meeting = meetings.inPhase(communique.meetingId(), CommuniqueAccess.EDITABLE);
        var holder = draft.holderPartyId();
        if (holder == null || access.takingPart(meeting).stream().noneMatch(p -> p.id() == holder)) {
            throw RefusedException.badInput("holder", "validation.required");
        }
        if (!currentUser.isOwnParty(holder) && !currentUser.isOwnParty(meeting.hostPartyId())) {
            throw new AccessDeniedException("communique.error.bracketOwnParty");
        }
        var spanVi = Validation.required("spanVi", draft.spanVi(), Bracket.MAX_SPAN);
        var spanZh = Validation.required("spanZh", draft.spanZh(), Bracket.MAX_SPAN);
        var reason = Validation.required("reason", draft.reason(), 1000);
        var alternatives = draft.alternatives().stream().map(BracketService::checked).toList();
        var bracket = new Bracket(paragraphId, holder, spanVi, spanZh, reason, alternatives, currentUser.require().getUsername());
        if (!bracket.standsIn(paragraph.text())) {
            throw RefusedException.badInput("spanVi", "communique.error.spanNotInText");
        }
        var saved = brackets.saveAndFlush(bracket);
        events.publishEvent(communique.changed());
        return saved;
    }

    /**
     * The host resolves a bracket: KEPT leaves the text, REPLACED puts the chosen alternative in
     * place of the span, DROPPED takes the span out; the pair stays as confirmed as it was.
     */
    @Transactional
    @PreAuthorize(CommuniqueService.SECRETARY)
    public Bracket resolve(long bracketId, long expectedVersion, @Nullable BracketStatus outcome, @Nullable Integer alternative) {
        var bracket = brackets.findById(bracketId).orElseThrow(() -> new RefusedException("error.notFound"));
        var paragraph = access.paragraph(bracket.paragraphId());
        bracket.requireVersion(expectedVersion);
        var communique = access.editable(paragraph.communiqueId());
        if (outcome == null || outcome == BracketStatus.OPEN) {
            throw RefusedException.badInput("outcome", "validation.required");
        }
        switch (outcome) {
            case REPLACED -> {
                if (alternative == null || alternative < 0 || alternative >= bracket.alternatives().size()) {
                    throw RefusedException.badInput("alternative", "communique.error.chooseAlternative");
                }
                var chosen = bracket.alternatives().get(alternative);
                paragraph.replaceSpans(bracket.spanVi(), chosen.vi(), bracket.spanZh(), chosen.zh());
            }
            case DROPPED -> paragraph.replaceSpans(bracket.spanVi(), "", bracket.spanZh(), "");
            default -> {
            }
        }
        bracket.resolve(outcome, currentUser.require().getUsername(), clock.instant());
        paragraphs.saveAndFlush(paragraph);
        var saved = brackets.saveAndFlush(bracket);
        events.publishEvent(communique.changed());
        return saved;
    }

    private static Alternative checked(Alternative alternative) {
        var vi = Validation.required("alternatives", alternative.vi(), Bracket.MAX_SPAN);
        var zh = Validation.required("alternatives", alternative.zh(), Bracket.MAX_SPAN);
        return new Alternative(vi, zh);
    }
}
