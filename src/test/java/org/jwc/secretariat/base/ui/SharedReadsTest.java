package org.jwc.secretariat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.RecordChanged;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A pushed change read once per audience, not once per screen: what each screen is then shown is
 * its own audience's value, drawn as its own user and in its own language. The party's name
 * stands for the audience here; the read answers as the party's services would, a draft and the
 * background for the owner party only.
 */
class SharedReadsTest {

    private static final long LANG_SON = 3;
    private static final long GUANGXI = 5;
    private static final long MEETING = 18;
    private static final LiveUpdates.Topic PROPOSAL_7 = new LiveUpdates.Topic("proposal", MEETING, 7L);

    /** Changes delivered on the test's thread, each screen entered as if its lock were taken. */
    private final LiveUpdates live = new LiveUpdates(Runnable::run, (ui, command) -> {
        UI.setCurrent(ui);
        try {
            command.execute();
        } finally {
            UI.setCurrent(null);
        }
    });
    private final List<String> readsAs = new ArrayList<>();
    private final Map<UI, String> shown = new LinkedHashMap<>();
    private boolean databaseDown;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void oneSavePushedToFiveScreensOfOneAudienceIsReadOnce() {
        var screens = List.of(screen("ls.delegate", LANG_SON), screen("ls.delegate2", LANG_SON), screen("ls.delegate3", LANG_SON),
                screen("ls.delegate4", LANG_SON), screen("ls.delegate5", LANG_SON));

        live.afterCommit(new RecordChanged("proposal", 7, MEETING, null));

        assertThat(readsAs).hasSize(1).allSatisfy(user -> assertThat(user).startsWith("ls.delegate"));
        assertThat(shown).containsOnlyKeys(screens).allSatisfy((ui, value) -> assertThat(value).startsWith("Lạng Sơn's view of 7"));
    }

    @Test
    void eachPartyReadsForItselfAndNoScreenIsShownAnotherPartysBackground() {
        var langSon = screen("ls.secretary", LANG_SON);
        var guangxi = List.of(screen("gx.delegate", GUANGXI), screen("gx.delegate2", GUANGXI));

        live.afterCommit(new RecordChanged("proposal", 7, MEETING, null));

        assertThat(readsAs).hasSize(2).containsOnlyOnce("ls.secretary").filteredOn(user -> user.startsWith("gx.")).hasSize(1);
        assertThat(shown.get(langSon)).contains("background: giữ kín");
        guangxi.forEach(ui -> assertThat(shown.get(ui)).startsWith("Guangxi's view of 7, no background").doesNotContain("giữ kín"));
    }

    @Test
    void aDraftsChangeIsReadOnlyForItsOwnPartysScreens() {
        var langSon = screen("ls.delegate", LANG_SON);
        screen("gx.delegate", GUANGXI);

        live.afterCommit(new RecordChanged("proposal", 7, MEETING, LANG_SON));

        assertThat(readsAs).containsExactly("ls.delegate");
        assertThat(shown).containsOnlyKeys(langSon);
    }

    @Test
    void aChineseReaderOfTheSameAudienceSharesTheReadAndSeesItInChinese() {
        var vietnamese = screen("gx.delegate", GUANGXI);
        var chinese = screen("gx.secretary.zh", GUANGXI);
        chinese.setLocale(Locale.SIMPLIFIED_CHINESE);
        vietnamese.setLocale(Locale.of("vi"));

        live.afterCommit(new RecordChanged("proposal", 7, MEETING, null));

        assertThat(readsAs).hasSize(1);
        assertThat(shown.get(chinese)).endsWith("[zh_CN]");
        assertThat(shown.get(vietnamese)).endsWith("[vi]");
    }

    @Test
    void whenTheSharedReadFailsEachScreenReadsOnItsOwnAndTellsItsUser() {
        screen("ls.delegate", LANG_SON);
        screen("ls.delegate2", LANG_SON);
        databaseDown = true;

        live.afterCommit(new RecordChanged("proposal", 7, MEETING, null));

        assertThat(readsAs).hasSize(3).containsOnly("ls.delegate", "ls.delegate2");
        assertThat(shown).hasSize(2).allSatisfy((ui, value) -> assertThat(value).startsWith("error told to ls.delegate"));
    }

    /** A proposal page open for the user, whose audience is their party. */
    private UI screen(String username, long party) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, AuthorityUtils.NO_AUTHORITIES));
        var ui = new UI();
        Consumer<String> show = value -> {
            shown.put(ui, value + " [" + UI.getCurrent().getLocale() + "]");
        };
        Runnable refreshAlone = () -> {
            try {
                show.accept(read(7));
            } catch (IllegalStateException e) {
                show.accept("error told to " + username);
            }
        };
        live.watch(ui, PROPOSAL_7, party, refreshAlone, new LiveUpdates.SharedRead<>("party " + party, () -> read(7)), show, getClass());
        SecurityContextHolder.clearContext();
        return ui;
    }

    /** The proposal as the signed-in user's services answer it. */
    private String read(long id) {
        var user = SecurityContextHolder.getContext().getAuthentication().getName();
        readsAs.add(user);
        if (databaseDown) {
            throw new IllegalStateException("database unreachable");
        }
        return user.startsWith("ls.") ? "Lạng Sơn's view of " + id + ", background: giữ kín" : "Guangxi's view of " + id + ", no background";
    }
}
