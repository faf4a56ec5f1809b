package org.jwc.secretariat.secondfactor;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.user.Recipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The e-mail that carries a one-time code, in the recipient's language; it names no password or draft. */
@Component
class CodeMail {

    private final Translations translations;
    private final String from;

    CodeMail(Translations translations, @Value("${jwc.mail.from}") String from) {
        this.translations = translations;
        this.from = from;
    }

    MimeMessage message(JavaMailSender sender, Recipient recipient, String code, Duration validity) {
        var locale = recipient.language().locale();
        var mail = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(mail, "UTF-8");
            helper.setFrom(from);
            helper.setTo(recipient.email());
            helper.setSubject(translations.getTranslation("secondFactor.mail.subject", locale));
            helper.setText(translations.getTranslation("secondFactor.mail.text", locale, recipient.fullName(), code,
                    validity.toMinutes()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return mail;
    }
}
