package org.jwc.secretariat;

import java.util.List;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.minutes.MinutesService;
import org.jwc.secretariat.minutes.SectionKind;
import org.jwc.secretariat.minutes.SectionText;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each taking-part party's secretary writes its statement in the open minutes and shares it, which confirms it. */
public final class ConfirmedStatements {

    private ConfirmedStatements() {
    }

    /** Leaves the last party's secretary signed in. */
    public static void inMinutesOf(Meeting meeting, MinutesService minutes, UserDetailsService accounts) {
        for (var code : List.of("tq", "qn", "ls", "cb", "gx")) {
            SignedIn.as(accounts, code + ".secretary");
            var statement = minutes.sections(meeting.id()).stream()
                    .filter(s -> s.kind() == SectionKind.STATEMENT && !s.shared()).findFirst().orElseThrow();
            var written = minutes.write(statement.id(), statement.getVersion(), new SectionText(statement.heading(),
                    new LocalizedText("Phát biểu của " + code, code + "的发言", null)));
            minutes.submitStatement(written.id(), written.getVersion());
        }
    }
}
