package org.jwc.secretariat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.i18n.Language;

class TimesTest {

    private static final Instant AT = Instant.parse("2026-12-02T02:30:00Z");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void theCommitteesZonesAreNamedAsEachReaderSaysThem() {
        assertThat(Times.zoneName(HANOI, AT, Language.VI.locale())).isEqualTo("giờ Hà Nội");
        assertThat(Times.zoneName(BEIJING, AT, Language.ZH.locale())).isEqualTo("北京时间");
        assertThat(Times.zoneName(HANOI, AT, Language.EN.locale())).isEqualTo("Hanoi time");
        assertThat(Times.zoneName(ZoneOffset.UTC, AT, Language.EN.locale())).as("an administrator of no party").isEqualTo("UTC");
    }

    @Test
    void aZoneWithoutANameShowsItsIdAndOffset() {
        assertThat(Times.zoneName(ZoneId.of("Asia/Bangkok"), AT, Language.VI.locale())).isEqualTo("Asia/Bangkok, UTC+07:00");
    }

    @Test
    void aTimeNamesItsZoneInTheReadersLanguage() {
        assertThat(Times.format(AT, HANOI, Language.VI.locale())).endsWith("(giờ Hà Nội)").contains("09:30");
        assertThat(Times.format(AT, BEIJING, Language.ZH.locale())).endsWith("(北京时间)").contains("10:30");
    }
}
