package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * On the owner party's draft: what it still lacks for submission, and who submits it by when and to
 * whom. A delegate who saved a draft without an area learns why there is no way to send it.
 */
class SubmissionReadiness extends Div {

    SubmissionReadiness(Proposal draft, Meeting meeting, SecretariatUser user, Map<Long, Party> parties, ZoneId zone) {
        addClassName("submission-readiness");
        var missing = draft.missingForSubmission();
        if (missing.isEmpty()) {
            line("ready-for-submission", getTranslation("proposal.readiness.ready"));
        } else {
            line("missing-for-submission", getTranslation("proposal.readiness.missing",
                    missing.stream().map(this::getTranslation).collect(Collectors.joining("; "))));
        }
        var deadline = Times.format(meeting.proposalDeadline(), zone, getLocale());
        if (user.hasRole(Role.SECRETARY)) {
            line("who-submits", getTranslation("proposal.readiness.you", deadline,
                    ProposalView.addressees(draft, parties, UiLanguage.current())));
        } else {
            line("who-submits", getTranslation("proposal.readiness.secretary", deadline));
        }
    }

    private void line(String className, String text) {
        var span = new Span(text);
        span.addClassName(className);
        add(span);
    }
}
