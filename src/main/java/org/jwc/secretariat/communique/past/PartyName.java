package org.jwc.secretariat.communique.past;

import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A party as a past communiqué may name it, for {@link PastCommuniqueParser}: its full name and
 * its short name (empty when it has none), in each language. {@code vietnamese} tells the parser
 * the party's side, so that "Các tỉnh phía Việt Nam và Quảng Tây …" can be read as every
 * Vietnamese party and Guangxi without the parser depending on the party module.
 */
public record PartyName(long id, LocalizedText name, LocalizedText shortName, boolean vietnamese) {
}
