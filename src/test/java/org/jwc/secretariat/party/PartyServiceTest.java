package org.jwc.secretariat.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
@WithUserDetails("admin")
class PartyServiceTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired PartyService parties;
    @Autowired JdbcTemplate jdbc;


    @Test
    void vietnameseDiacriticsAndChineseCharactersRoundTripThroughTheDatabase() {
        var code = code();
        var created = parties.create(details(code, new LocalizedText("Hà Giang 河江省", "河江省 Hà Giang", "Ha Giang")));
        var stored = jdbc.queryForMap("SELECT name_vi, name_zh FROM party WHERE id = ?", created.id());
        assertThat(stored.get("name_vi")).isEqualTo("Hà Giang 河江省");
        assertThat(stored.get("name_zh")).isEqualTo("河江省 Hà Giang");
        assertThat(parties.findByCode(code).orElseThrow().name().vi()).isEqualTo("Hà Giang 河江省");
    }

    @Test
    void aPartyWithoutItsChineseNameIsRefusedOnTheNameFieldAndNothingIsSaved() {
        var code = code();
        var before = parties.all().size();
        assertThatThrownBy(() -> parties.create(details(code, new LocalizedText("Điện Biên", " ", "Dien Bien"))))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("validation.officialLanguages");
                });
        assertThat(parties.all()).hasSize(before);
        assertThat(parties.findByCode(code)).isEmpty();
    }

    @Test
    void aCodeInUseIsRefusedOnTheCodeField() {
        assertThatThrownBy(() -> parties.create(details("LS", new LocalizedText("Lạng Sơn", "谅山省", null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void aSuccessorMustBeOfTheSameSide() {
        var gx = parties.findByCode("GX").orElseThrow();
        var d = details(code(), new LocalizedText("Thử", "测试", null));
        var withChineseSuccessor = new PartyDetails(d.code(), d.name(), LocalizedText.EMPTY, Side.VN, HANOI, d.activeFrom(), null, gx.id(), null, null, null);
        assertThatThrownBy(() -> parties.create(withChineseSuccessor))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("successorId"));
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        var party = parties.create(details(code(), new LocalizedText("Thử", "测试", null)));
        var stale = party.getVersion();
        parties.update(party.id(), stale, details(party.code(), new LocalizedText("Thử 2", "测试二", null)));
        assertThatThrownBy(() -> parties.update(party.id(), stale, details(party.code(), new LocalizedText("Thử 3", "测试三", null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        assertThat(parties.get(party.id()).name().vi()).isEqualTo("Thử 2");
    }

    @Test
    void haGiangEndedInJune2025AndTuyenQuangSucceedsIt() {
        var hg = parties.findByCode("HG").orElseThrow();
        var tq = parties.findByCode("TQ").orElseThrow();
        assertThat(hg.activeUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(hg.successorId()).isEqualTo(tq.id());
        assertThat(parties.activeOn(LocalDate.of(2026, 1, 1))).extracting(Party::code)
                .contains("TQ", "QN", "LS", "CB", "GX").doesNotContain("HG");
    }

    private static String code() {
        var unique = SignedIn.unique("").toUpperCase(java.util.Locale.ROOT);
        return "T" + unique.substring(Math.max(0, unique.length() - 8));
    }

    /** A party of 2020 only: it takes no part in the meetings other tests hold (their minutes have a statement per party). */
    private static PartyDetails details(String code, LocalizedText name) {
        return new PartyDetails(code, name, LocalizedText.EMPTY, Side.VN, HANOI, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null, null, null, null);
    }
}
