package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
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
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
@WithUserDetails("admin")
class UserServiceTest {

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
        var noParty = new UserProfile(SignedIn.unique("x."), "X", null, null, null, Set.of(Role.DELEGATE), Language.VI, true);
        assertThatThrownBy(() -> users.create(noParty))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("partyId"));
        var haGiang = new UserProfile(SignedIn.unique("hg."), "X", null, null, parties.findByCode("HG").orElseThrow().id(),
                Set.of(Role.DELEGATE), Language.VI, true);
        assertThatThrownBy(() -> users.create(haGiang))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.partyInactive"));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        var me = users.all().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        var p = me.profile();
        var disabled = new UserProfile(p.username(), p.fullName(), p.jobTitle(), p.email(), p.partyId(), p.roles(), p.preferredLanguage(), false);
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

    private UserProfile caoBangDelegate(String username) {
        return new UserProfile(username, "Nông Văn Thử", "Chuyên viên", "nong.van.thu@caobang.example", parties.findByCode("CB").orElseThrow().id(),
                EnumSet.of(Role.DELEGATE), Language.VI, true);
    }
}
