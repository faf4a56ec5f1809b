package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyDetails;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Side;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Only administrators manage the committee's data, whatever the party or role of anyone else. */
@DatabaseTest
class AdminServicesAccessTest {

    @Autowired UserDetailsService accounts;
    @Autowired PartyService parties;
    @Autowired AreaService areas;
    @Autowired MeetingService meetings;
    @Autowired UserService users;
    @Autowired CommitteeService committee;

    static final LocalizedText NAME = new LocalizedText("Thử", "测试", "Test");

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls.delegate", "ls.secretary", "ls.leader", "gx.delegate", "gx.secretary", "gx.leader"})
    void noDelegateSecretaryOrLeaderMayCreateAUser(String username) {
        SignedIn.as(accounts, username);
        var profile = new UserProfile(SignedIn.unique("x"), "X", null, null, null, Set.of(Role.DELEGATE), Language.VI, null, true);
        assertThatThrownBy(() -> users.create(profile)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(users::all).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls.delegate", "cb.secretary", "gx.leader"})
    void noDelegateSecretaryOrLeaderMayChangeAParty(String username) {
        SignedIn.as(accounts, username);
        var gx = parties.findByCode("GX").orElseThrow();
        var details = new PartyDetails("ZZ", NAME, LocalizedText.EMPTY, Side.VN, ZoneId.of("Asia/Ho_Chi_Minh"), LocalDate.now(), null, null, null, null, null);
        assertThatThrownBy(() -> parties.update(gx.id(), gx.getVersion(), new PartyDetails(gx.code(), gx.name(), gx.shortName(), gx.side(), gx.zone(), gx.activeFrom(), null, null, 1, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> parties.create(details)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qn.delegate", "ls.secretary", "tq.leader", "gx.secretary"})
    void noDelegateSecretaryOrLeaderMayChangeAreasMeetingsOrTheCommittee(String username) {
        SignedIn.as(accounts, username);
        var meeting = meetings.findByNumber(18).orElseThrow();
        assertThatThrownBy(() -> areas.add(null, NAME)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.move(areas.children(null).getFirst().id(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.changePhase(meeting.id(), meeting.getVersion(), Phase.NEGOTIATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.update(meeting.id(), meeting.getVersion(), meeting.details()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committee.rename(0, NAME)).isInstanceOf(AccessDeniedException.class);
    }

    @org.junit.jupiter.api.Test
    void nobodySignedInMayReadTheCommitteesData() {
        assertThatThrownBy(parties::all).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(meetings::all).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> areas.children(null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
