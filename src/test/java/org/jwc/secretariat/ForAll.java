package org.jwc.secretariat;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test harness on plain JUnit: checks a property against generated inputs and,
 * when one fails, names the seed that replays the run ({@code -Djwc.seed=…}) and shows the input
 * with every invisible character escaped. {@code -Djwc.tries=…} searches longer. No shrinking:
 * generators keep inputs small where they can.
 */
public final class ForAll {

    private ForAll() {
    }

    public static <T> void check(int tries, Function<Random, T> generator, Consumer<T> property) {
        var seed = Long.getLong("jwc.seed", new Random().nextLong());
        var random = new Random(seed);
        tries = Integer.getInteger("jwc.tries", tries);
        for (int i = 1; i <= tries; i++) {
            var input = generator.apply(random);
            try {
                property.accept(input);
            } catch (Throwable e) {
                throw new AssertionError("falsified at try " + i + " of " + tries + "; replay with -Djwc.seed=" + seed
                        + "\ninput: " + shown(String.valueOf(input)), e);
            }
        }
    }

    /** The input as text a reader can see: invisible and non-ASCII-space characters as \\uXXXX, long runs cut. */
    static String shown(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            var type = Character.getType(cp);
            var hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || (Character.isSpaceChar(cp) && cp != ' ');
            out.append(!hidden ? Character.toString(cp) : cp > 0xFFFF ? "\\u{%X}".formatted(cp) : "\\u%04X".formatted(cp));
        });
        return out.length() <= 3000 ? out.toString() : out.substring(0, 3000) + "… (" + out.length() + " characters)";
    }
}
