package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
@WithUserDetails("admin")
class UserServiceTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired UserService users;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired PasswordEncoder passwordEncoder;


    @Test
    void anAdministratorCreatesAUserWhoMustReplaceTheOneTimePassword() {
        var password = users.create(caoBangDelegate(SignedIn.unique("cb.")));
        var principal = (SecretariatUser) accounts.loadUserByUsername(password.username());
        assertThat(password.password()).hasSizeGreaterThanOrEqualTo(UserService.MIN_PASSWORD_LENGTH);
        assertThat(passwordEncoder.matches(password.password(), principal.getPassword())).isTrue();
        assertThat(principal.getPassword()).startsWith("{bcrypt}");
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(principal.partyId()).isEqualTo(parties.findByCode("CB").orElseThrow().id());

        SignedIn.as(accounts, password.username());
        assertThat(users.mustChangeOwnPassword()).isTrue();
        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "a-new-password"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> users.changeOwnPassword(password.password(), "short"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        users.changeOwnPassword(password.password(), "Cao Bằng 高平 2027");
        assertThat(users.mustChangeOwnPassword()).isFalse();
    }

    @Test
    void aLangSonDelegateCannotCreateAUser() {
        SignedIn.as(accounts, "ls.delegate");
        assertThatThrownBy(() -> users.create(caoBangDelegate(SignedIn.unique("x."))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTakenUsernameIsRefusedOnItsField() {
        assertThatThrownBy(() -> users.create(caoBangDelegate("cb.delegate")))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.messageKey()).isEqualTo("user.error.usernameTaken");
                });
    }

    @Test
    void delegatesBelongToAnActiveParty() {
        var noParty = new UserProfile(SignedIn.unique("x."), "X", null, null, null, Set.of(Role.DELEGATE), Language.VI, null, true);
        assertThatThrownBy(() -> users.create(noParty))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("partyId"));
        var haGiang = new UserProfile(SignedIn.unique("hg."), "X", null, null, parties.findByCode("HG").orElseThrow().id(),
                Set.of(Role.DELEGATE), Language.VI, null, true);
        assertThatThrownBy(() -> users.create(haGiang))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.partyInactive"));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        var me = users.all().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        var p = me.profile();
        var disabled = new UserProfile(p.username(), p.fullName(), p.jobTitle(), p.email(), p.partyId(), p.roles(), p.preferredLanguage(), p.timeZone(), false);
        assertThatThrownBy(() -> users.update(me.id(), me.getVersion(), disabled))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.cannotLockOutSelf"));
    }

    @Test
    void resettingAPasswordGivesAOneTimePasswordAndLiftsALockOut() {
        var created = users.create(caoBangDelegate(SignedIn.unique("cb.")));
        var user = users.all().stream().filter(u -> u.username().equals(created.username())).findFirst().orElseThrow();
        var reset = users.resetPassword(user.id());
        var principal = (SecretariatUser) accounts.loadUserByUsername(created.username());
        assertThat(passwordEncoder.matches(reset.password(), principal.getPassword())).isTrue();
        assertThat(passwordEncoder.matches(created.password(), principal.getPassword())).isFalse();
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(principal.isAccountNonLocked()).isTrue();
    }

    @Test
    void eachUserKeepsTheirOwnLanguage() {
        SignedIn.as(accounts, "gx.delegate");
        assertThat(users.ownLanguage()).isEqualTo(Language.ZH);
        SignedIn.as(accounts, "ls.delegate");
        assertThat(users.ownLanguage()).isEqualTo(Language.VI);
    }

    @Test
    void anAdministratorWhoChoosesHanoiTimeReadsTimesInHanoiTime() {
        var username = SignedIn.unique("admin.");
        users.createWithPassword(administrator(username, null), "Hà Nội 河内 2027");
        SignedIn.as(accounts, username);
        assertThat(parties.currentUserZone()).as("of no party, before choosing").isEqualTo(ZoneOffset.UTC);

        SignedIn.as(accounts, "admin");
        var user = users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        users.update(user.id(), user.getVersion(), administrator(username, HANOI));
        SignedIn.as(accounts, username);
        assertThat(parties.currentUserZone()).as("from the next sign-in").isEqualTo(HANOI);
    }

    @Test
    void aDelegateWithNoChosenZoneReadsTheirPartysZone() {
        SignedIn.as(accounts, "gx.delegate");
        assertThat(parties.currentUserZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        SignedIn.as(accounts, "ls.delegate");
        assertThat(parties.currentUserZone()).isEqualTo(HANOI);
    }

    @Test
    void aDelegateWhoChoosesAnotherZoneReadsTimesInIt() {
        var p = caoBangDelegate(SignedIn.unique("cb."));
        var bangkok = ZoneId.of("Asia/Bangkok");
        users.createWithPassword(new UserProfile(p.username(), p.fullName(), p.jobTitle(), p.email(), p.partyId(), p.roles(),
                p.preferredLanguage(), bangkok, true), "Cao Bằng 高平 2027");
        SignedIn.as(accounts, p.username());
        assertThat(parties.currentUserZone()).isEqualTo(bangkok);
    }

    @Test
    void anUnknownZoneIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        var username = SignedIn.unique("admin.");
        assertThatThrownBy(() -> users.create(administrator(username, zoneThisServerDoesNotKnow())))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("timeZone");
                    assertThat(e.messageKey()).isEqualTo("user.error.unknownZone");
                    assertThat(e.args()).containsExactly("Mars/Olympus");
                });
        assertThat(users.all()).extracting(User::username).doesNotContain(username);

        var created = users.create(administrator(username, HANOI));
        var user = users.all().stream().filter(u -> u.username().equals(created.username())).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.update(user.id(), user.getVersion(), administrator(username, zoneThisServerDoesNotKnow())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
        assertThat(users.get(user.id()).profile().timeZone()).isEqualTo(HANOI);
    }

    /**
     * A zone as it arrives from a server with a newer time-zone database: the id travels, and this
     * server has no rules for it. ({@code ZoneId.of} refuses such an id, so it cannot be made here otherwise.)
     */
    private static ZoneId zoneThisServerDoesNotKnow() throws IOException, ClassNotFoundException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(ZoneId.of("Asia/Bangkok"));
        }
        var renamed = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1).replace("Asia/Bangkok", "Mars/Olympus");
        try (var in = new ObjectInputStream(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.ISO_8859_1)))) {
            return (ZoneId) in.readObject();
        }
    }

    private static UserProfile administrator(String username, @Nullable ZoneId zone) {
        return new UserProfile(username, "Trần Văn Quản", null, null, null, EnumSet.of(Role.ADMIN), Language.VI, zone, true);
    }

    private UserProfile caoBangDelegate(String username) {
        return new UserProfile(username, "Nông Văn Thử", "Chuyên viên", "nong.van.thu@caobang.example", parties.findByCode("CB").orElseThrow().id(),
                EnumSet.of(Role.DELEGATE), Language.VI, null, true);
    }
}
