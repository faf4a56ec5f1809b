package org.jwc.secretariat.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;

class AgendaItemTest {

    static AgendaItemDraft draft(LocalizedText title, LocalizedText description) {
        return new AgendaItemDraft(title, description, AgendaItemKind.REPORT, 15, "Phó Chủ tịch UBND tỉnh");
    }

    final AgendaItem item = new AgendaItem(18, 3, 1, draft(
            new LocalizedText("Báo cáo hợp tác cửa khẩu", null, null), LocalizedText.EMPTY));

    @Test
    void aDraftMayBeIncompleteButIsSubmittedOnlyInBothOfficialLanguages() {
        assertThatThrownBy(item::submit).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.messageKey()).isEqualTo("validation.officialLanguages");
        });
        item.edit(draft(new LocalizedText("Báo cáo hợp tác cửa khẩu", "口岸合作报告", null),
                new LocalizedText("Kết quả năm 2026", "2026年成果", null)));
        item.submit();
        assertThat(item.status()).isEqualTo(AgendaItemStatus.SUBMITTED);
    }

    @Test
    void aSubmittedItemNoLongerChangesItsText() {
        item.edit(draft(new LocalizedText("A", "甲", null), new LocalizedText("B", "乙", null)));
        item.submit();
        assertThatThrownBy(() -> item.edit(draft(new LocalizedText("C", "丙", null), LocalizedText.EMPTY)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.error.status"));
    }

    @Test
    void declineNeedsAReasonAndWithdrawingTakesItOffTheAgenda() {
        item.edit(draft(new LocalizedText("A", "甲", null), new LocalizedText("B", "乙", null)));
        item.submit();
        item.place(1);
        assertThat(item.officialPosition()).isEqualTo(1);
        assertThatThrownBy(() -> item.decline("  ")).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));
        item.withdraw();
        assertThat(item.status()).isEqualTo(AgendaItemStatus.WITHDRAWN);
        assertThat(item.officialPosition()).isNull();
        assertThatThrownBy(() -> item.place(1)).isInstanceOf(RefusedException.class);
    }

    @Test
    void aDurationOutsideOneMinuteToTenHoursIsRefused() {
        var tooLong = new AgendaItemDraft(new LocalizedText("A", "甲", null), LocalizedText.EMPTY, AgendaItemKind.SPEECH, 601, null);
        assertThatThrownBy(() -> item.edit(tooLong)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.field()).isEqualTo("durationMinutes"));
    }
}
