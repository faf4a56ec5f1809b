package org.jwc.secretariat.communique.past;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.i18n.Language;

/**
 * Whom a past paragraph binds, from the parties it names at the start of its sentences: "Quảng Ninh
 * và Quảng Tây …", "Hà Giang, Cao Bằng và Quảng Tây …", "河江省与广西…" (BILATERAL, those parties),
 * "Các tỉnh phía Việt Nam và Quảng Tây …" (SIDE, every Vietnamese party and the parties named with
 * them). Names are the parties' names as data, short or full, in any case.
 *
 * <p>Every sentence and every clause after a semicolon counts, not only the paragraph's opening: the
 * 14th communiqué writes several parties' commitments as one paragraph ("Hà Giang và Quảng Tây …;
 * Quảng Ninh và Quảng Tây …; Lạng Sơn và Quảng Tây …"), and follows a common sentence with a side's
 * one ("Các Bên đồng ý … . Các tỉnh phía Việt Nam và Quảng Tây …"). The paragraph then binds all the
 * parties so named, SIDE when one of them is a side. A name inside a sentence ("ủng hộ Quảng Ninh
 * và Quảng Tây thí điểm …") is not whom the paragraph binds.
 */
final class PastParties {

    private record Name(String text, long partyId) {
    }

    private final List<PartyName> parties;
    private final List<Name> names;
    private final Pattern starts;
    private final Pattern separator;
    private final Pattern prefix;
    private final Pattern side;
    private final boolean wordBoundaries;

    PastParties(List<PartyName> parties, Language language) {
        this.parties = List.copyOf(parties);
        var names = new ArrayList<Name>();
        for (var party : parties) {
            for (var text : List.of(party.name().in(language), party.shortName().in(language))) {
                if (!text.isEmpty()) {
                    names.add(new Name(Normalizer.normalize(text, Normalizer.Form.NFC), party.id()));
                }
            }
        }
        // The longest name first: "Khu tự trị dân tộc Choang Quảng Tây" before "Quảng Tây".
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        this.names = names;
        this.wordBoundaries = language != Language.ZH;
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        switch (language) {
            case ZH -> {
                starts = Pattern.compile("[。；;！？]\\s*");
                separator = Pattern.compile("\\s*[、与和及同]\\s*");
                prefix = Pattern.compile("");
                side = Pattern.compile("越南(?:边境)?(?:各省|四省)|越方(?:各省)?");
            }
            case VI -> {
                starts = Pattern.compile("[.;!?]\\s+");
                separator = Pattern.compile("\\s*,\\s*(?:và\\s+)?|\\s+và\\s+", flags);
                prefix = Pattern.compile("(?:tỉnh\\s+|phía\\s+)?", flags);
                side = Pattern.compile("(?:các|bốn|04|4)\\s+tỉnh\\s+(?:biên\\s+giới\\s+)?(?:phía\\s+)?Việt\\s+Nam"
                        + "|phía\\s+Việt\\s+Nam", flags);
            }
            case EN -> {
                starts = Pattern.compile("[.;!?]\\s+");
                separator = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+", flags);
                prefix = Pattern.compile("(?:the\\s+)?", flags);
                side = Pattern.compile("(?:the\\s+)?(?:four\\s+)?Vietnamese\\s+(?:border\\s+)?(?:provinces|side)", flags);
            }
            default -> throw new IllegalArgumentException(language.name());
        }
    }

    ParsedParagraph read(String text) {
        var named = new HashSet<Long>();
        boolean sideNamed = false;
        var starts = this.starts.matcher(text);
        int start = 0;
        while (start >= 0) {
            var clause = clause(text, start);
            if (clause != null) {
                named.addAll(clause.partyIds());
                sideNamed |= clause.side();
            }
            start = starts.find() ? starts.end() : -1;
        }
        if (named.isEmpty() && !sideNamed) {
            return new ParsedParagraph(text, ParagraphKind.COMMON, List.of());
        }
        var finalSide = sideNamed;
        var ids = parties.stream().filter(p -> named.contains(p.id()) || (finalSide && p.vietnamese()))
                .map(PartyName::id).toList();
        return new ParsedParagraph(text, sideNamed ? ParagraphKind.SIDE : ParagraphKind.BILATERAL, ids);
    }

    private record Clause(Set<Long> partyIds, boolean side) {
    }

    /** The parties a clause opens with, when it opens with two or more of them (or a side and one). */
    private @Nullable Clause clause(String text, int from) {
        var ids = new HashSet<Long>();
        boolean sideNamed = false;
        int items = 0;
        int at = from;
        int end = from;
        while (true) {
            var sideEnd = lookingAt(side, text, at);
            int itemEnd;
            if (sideEnd >= 0 && boundary(text, sideEnd)) {
                sideNamed = true;
                itemEnd = sideEnd;
            } else {
                itemEnd = name(text, Math.max(at, lookingAt(prefix, text, at)), ids);
                if (itemEnd < 0) {
                    break;
                }
            }
            items++;
            end = itemEnd;
            var next = lookingAt(separator, text, end);
            if (next < 0) {
                break;
            }
            at = next;
        }
        return items >= 2 && (ids.size() >= 2 || sideNamed) ? new Clause(ids, sideNamed) : null;
    }

    /** The end of the party name at {@code at} (and of a bracketed remark after it), or -1. */
    private int name(String text, int at, Set<Long> ids) {
        for (var name : names) {
            int end = at + name.text().length();
            if (text.regionMatches(true, at, name.text(), 0, name.text().length()) && boundary(text, end)) {
                ids.add(name.partyId());
                // "Lạng Sơn (Việt Nam) và …": the country in brackets is part of the name.
                var remark = lookingAt(REMARK, text, end);
                return remark >= 0 ? remark : end;
            }
        }
        return -1;
    }

    private static final Pattern REMARK = Pattern.compile("\\s*[(（][^()（）]{1,40}[)）]");

    private boolean boundary(String text, int end) {
        return !wordBoundaries || end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
    }

    private static int lookingAt(Pattern pattern, String text, int at) {
        var matcher = pattern.matcher(text).region(at, text.length());
        return matcher.lookingAt() ? matcher.end() : -1;
    }
}
