package org.jwc.secretariat.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.Decision;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecurityEvent;
import org.jwc.secretariat.user.SecondFactorEnrolment;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Who owes a second factor, how its code is sent and checked, and who may take it away, with a real SMTP server. */
@DatabaseTest
@TestPropertySource(properties = "jwc.security.second-factor.required-roles=LEADER,ADMIN")
@RecordApplicationEvents
class SecondFactorTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    private static final String CODE = FactorGrantedAuthority.OTT_AUTHORITY;
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired UserDetailsService accounts;
    @Autowired CurrentUser currentUser;
    @Autowired SecondFactorCodes codes;
    @Autowired SecondFactorEnrolment enrolment;
    @Autowired OneTimeTokenService tokens;
    @Autowired UserService users;
    @Autowired PartyService parties;
    @Autowired ApprovalService approvals;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aLeaderSignedInWithThePasswordAloneIsNobodyToTheServicesUntilTheCode() {
        SignedIn.withFactors(accounts, "tq.leader", PASSWORD);
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.awaitingSecondFactor()).hasValueSatisfying(u -> assertThat(u.getUsername()).isEqualTo("tq.leader"));
        assertThatThrownBy(currentUser::require).isInstanceOf(AccessDeniedException.class).hasMessage("error.secondFactorRequired");
        assertThatThrownBy(() -> approvals.decide(-1, "x", Decision.APPROVED, null)).isInstanceOf(AccessDeniedException.class);

        SignedIn.withFactors(accounts, "tq.leader", PASSWORD, CODE);
        assertThat(currentUser.require().getUsername()).isEqualTo("tq.leader");
        assertThat(currentUser.awaitingSecondFactor()).isEmpty();
    }

    @Test
    void anAdministratorWithThePasswordAloneCannotAdministerUntilTheCode() {
        SignedIn.withFactors(accounts, "admin", PASSWORD);
        assertThatThrownBy(users::all).isInstanceOf(AccessDeniedException.class);

        SignedIn.withFactors(accounts, "admin", PASSWORD, CODE);
        assertThat(users.all()).isNotEmpty();
    }

    @Test
    void aDelegateNeedsNoSecondFactorUntilTheyChooseOneAndThenAtEverySignIn() {
        var delegate = newDelegate();
        SignedIn.withFactors(accounts, delegate, PASSWORD);
        assertThat(currentUser.get()).isPresent();
        assertThatThrownBy(enrolment::passedByCurrentUser).as("enrolling needs the code passed")
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.withFactors(accounts, delegate, PASSWORD, CODE);
        assertThat(enrolment.passedByCurrentUser()).as("the first pass enrols").isTrue();
        assertThat(enrolment.passedByCurrentUser()).as("later ones do not enrol again").isFalse();
        assertThat(events.stream(SecurityEvent.class).filter(e -> e.kind() == SecurityEvent.Kind.FACTOR_ENROLLED
                && delegate.equals(e.username()))).hasSize(1);

        SignedIn.withFactors(accounts, delegate, PASSWORD);
        assertThat(currentUser.get()).as("the next sign-in owes the code").isEmpty();
        assertThat(currentUser.awaitingSecondFactor()).isPresent();
    }

    @Test
    void theCodeGoesToTheLeadersOwnAddressAndCompletesTheirSignInOnce() throws Exception {
        SignedIn.withFactors(accounts, "qn.leader", PASSWORD);
        var delivery = codes.sendToCurrentUser();
        assertThat(delivery.outcome()).isEqualTo(CodeDelivery.Outcome.MAILED);
        assertThat(delivery.maskedAddress()).isEqualTo("q•••@demo.example");
        assertThat(delivery.shownCode()).as("a mailed code is never shown").isNull();
        assertThat(MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        var mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("qn.leader@demo.example");
        assertThat(mail.getSubject()).isEqualTo("Mã đăng nhập dùng một lần của bạn");
        var matcher = UUID.matcher((String) mail.getContent());
        assertThat(matcher.find()).isTrue();
        var code = matcher.group();

        var passed = secondStep().authenticate(OneTimeTokenAuthenticationToken.unauthenticated(code));
        assertThat(passed.getName()).isEqualTo("qn.leader");
        assertThat(passed.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains(CODE);

        assertThatThrownBy(() -> secondStep().authenticate(OneTimeTokenAuthenticationToken.unauthenticated(code)))
                .as("used once").isInstanceOf(InvalidOneTimeTokenException.class);
    }

    @Test
    void noSecondCodeGoesOutWithinHalfAMinuteSoThatNobodyFillsAMailboxByPressingAButton() throws Exception {
        var delegate = newDelegate();
        SignedIn.withFactors(accounts, delegate, PASSWORD);
        assertThat(codes.sendToCurrentUser().outcome()).isEqualTo(CodeDelivery.Outcome.MAILED);
        assertThat(codes.sendToCurrentUser().outcome()).isEqualTo(CodeDelivery.Outcome.TOO_SOON);
        assertThat(MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(delegate + "@demo.example");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).hasSize(1);
    }

    @Test
    void aCodeIsNoWayInWithoutThePasswordOfTheSameAccount() {
        var code = tokens.generate(new GenerateOneTimeTokenRequest("ls.leader", Duration.ofMinutes(5))).getTokenValue();
        SignedIn.signOut();
        assertThatThrownBy(() -> secondStep().authenticate(OneTimeTokenAuthenticationToken.unauthenticated(code)))
                .as("without a password sign-in").isInstanceOf(InvalidOneTimeTokenException.class);

        var another = tokens.generate(new GenerateOneTimeTokenRequest("ls.leader", Duration.ofMinutes(5))).getTokenValue();
        SignedIn.withFactors(accounts, "cb.leader", PASSWORD);
        assertThatThrownBy(() -> secondStep().authenticate(OneTimeTokenAuthenticationToken.unauthenticated(another)))
                .as("another account's code").isInstanceOf(InvalidOneTimeTokenException.class);
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        var code = tokens.generate(new GenerateOneTimeTokenRequest("gx.leader", Duration.ofMillis(1))).getTokenValue();
        Thread.sleep(20);
        SignedIn.withFactors(accounts, "gx.leader", PASSWORD);
        assertThatThrownBy(() -> secondStep().authenticate(OneTimeTokenAuthenticationToken.unauthenticated(code)))
                .isInstanceOf(InvalidOneTimeTokenException.class);
    }

    @Test
    void onlyAnAdministratorResetsAFactorAndTheLogNamesWhoDid() {
        var delegate = newDelegate();
        SignedIn.withFactors(accounts, delegate, PASSWORD, CODE);
        enrolment.passedByCurrentUser();
        var id = users().stream().filter(u -> u.username().equals(delegate)).findFirst().orElseThrow().id();

        SignedIn.withFactors(accounts, "tq.secretary", PASSWORD);
        assertThatThrownBy(() -> enrolment.reset(id)).isInstanceOf(AccessDeniedException.class);
        SignedIn.withFactors(accounts, "admin", PASSWORD);
        assertThatThrownBy(() -> enrolment.reset(id)).as("nor an administrator without the code")
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.withFactors(accounts, "admin", PASSWORD, CODE);
        enrolment.reset(id);
        assertThat(users.get(id).secondFactorSince()).isNull();
        assertThat(events.stream(SecurityEvent.class).filter(e -> e.kind() == SecurityEvent.Kind.FACTORS_RESET))
                .singleElement().satisfies(e -> {
                    assertThat(e.username()).isEqualTo(delegate);
                    assertThat(e.actor()).isEqualTo("admin");
                });
        SignedIn.withFactors(accounts, delegate, PASSWORD);
        assertThat(currentUser.get()).as("after the reset the password alone signs in again").isPresent();
    }

    private java.util.List<org.jwc.secretariat.user.User> users() {
        SignedIn.withFactors(accounts, "admin", PASSWORD, CODE);
        return users.all();
    }

    private SecondStepOnly secondStep() {
        return new SecondStepOnly(new OneTimeTokenAuthenticationProvider(tokens, accounts));
    }

    private String newDelegate() {
        SignedIn.withFactors(accounts, "admin", PASSWORD, CODE);
        var username = SignedIn.unique("tq.mfa.");
        users.createWithPassword(new UserProfile(username, "Nguyễn Văn Thử", null, username + "@demo.example",
                parties.findByCode("TQ").orElseThrow().id(), EnumSet.of(Role.DELEGATE), Language.VI, null, true),
                "Tuyên Quang 2027");
        SignedIn.signOut();
        return username;
    }
}
