package org.jwc.secretariat.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator moving a meeting on reads what is still open at it first, and decides; planning one ahead is said (ADR 0017). */
@ViewTest
class MoveOnViewTest extends SpringBrowserlessTest {

    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void discard() {
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("admin")
    void movingAMeetingInSessionToDraftingNamesTheMinutesAndDelegationsStillMissingAndAsks() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "admin");
        for (var phase : new Phase[] {Phase.NEGOTIATION, Phase.IN_SESSION}) {
            meetings.changePhase(meeting.id(), meetings.get(meeting.id()).getVersion(), phase);
        }
        Pages.open("meetings/" + meeting.number());

        test(find(Button.class).withClassName("phase-drafting").single()).click();

        var asked = find(ConfirmDialog.class).withClassName("move-on").single();
        assertThat(asked.getElement().getProperty("header")).isEqualTo("Move meeting " + meeting.number() + " to Drafting?");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly(
                "The host has not opened the minutes.",
                "Delegations not listed in the minutes: Tuyen Quang, Quang Ninh, Lang Son, Cao Bang, Guangxi.");
        assertThat(meetings.get(meeting.id()).phase()).as("nothing moves before the decision").isEqualTo(Phase.IN_SESSION);
        test(asked).confirm();
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.DRAFTING);
    }

    @Test
    @WithUserDetails("admin")
    void aNewMeetingPlannedWhileTheEighteenthIsPreparedSaysSoBeforeItIsSaved() {
        Pages.open("meetings");
        test(find(Button.class).withText("New meeting").single()).click();
        assertThat(find(Paragraph.class).withClassName("meetings-not-concluded").single().getText())
                .startsWith("Meetings not yet concluded: ").contains("18").contains("one meeting at a time");
    }
}
