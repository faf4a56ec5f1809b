package org.jwc.secretariat.communique;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A wording offered instead of a bracketed span, in both official languages. */
@Embeddable
public record Alternative(@Nullable String vi, @Nullable String zh) {
}
