package org.jwc.secretariat.party;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * What an administrator enters about a party; the short name is how running text names it ("Quảng Tây").
 * The host order and the membership dates are the party's in the committee being worked in.
 */
public record PartyDetails(
        String code,
        LocalizedText name,
        LocalizedText shortName,
        Side side,
        ZoneId timeZone,
        LocalDate activeFrom,
        @Nullable LocalDate activeUntil,
        @Nullable Long successorId,
        @Nullable Integer hostOrder,
        @Nullable LocalDate memberFrom,
        @Nullable LocalDate memberUntil) {
}
