package org.jwc.secretariat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** The one-time codes that reached a test's SMTP server (GreenMail), as a user reads them in their mailbox. */
final class Mailbox {

    private static final Pattern CODE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Mailbox() {
    }

    /** The code in the newest mail to the address, waiting for it as a mail server takes its time. */
    static String lastCodeTo(GreenMailExtension mail, String address) {
        var deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            var mails = Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
            if (!mails.isEmpty()) {
                var matcher = CODE.matcher(text(mails.getLast()));
                assertThat(matcher.find()).as("a code in the mail").isTrue();
                return matcher.group();
            }
            mail.waitForIncomingEmail(500, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + address);
    }

    /** The mail's text as the reader sees it, decoded (a Chinese mail travels in base64). */
    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
