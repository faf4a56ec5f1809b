package org.jwc.secretariat.secondfactor;

import org.jspecify.annotations.Nullable;

/**
 * Where a one-time code went: to an e-mail address (shown masked), or, in the demo without a mail
 * server, onto the page itself, or nowhere (no address, or the mail server failed).
 *
 * @param maskedAddress the address as the page may show it, e.g. "t•••@demo.example"
 * @param shownCode the code itself, only in the demo without a mail server
 */
public record CodeDelivery(Outcome outcome, @Nullable String maskedAddress, @Nullable String shownCode) {

    public enum Outcome {
        MAILED,
        SHOWN_FOR_DEMO,
        NO_ADDRESS,
        MAIL_FAILED,
        /** A code went out moments ago: no new one yet, so that nobody fills a mailbox by pressing a button. */
        TOO_SOON
    }
}
