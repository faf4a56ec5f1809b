package org.jwc.secretariat.communique;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph in two versions side by side, with its number in each (0 where it is absent): added
 * (no before), deleted (no after), or kept, changed or not.
 */
public record AlignedParagraph(@Nullable ParagraphText before, int beforeNumber, @Nullable ParagraphText after,
        int afterNumber) {

    public boolean changed() {
        return before == null || after == null || !Objects.equals(before.text(), after.text())
                || before.kind() != after.kind() || !before.partyIds().equals(after.partyIds())
                || !before.brackets().equals(after.brackets());
    }
}
