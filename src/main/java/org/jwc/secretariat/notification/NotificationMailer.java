package org.jwc.secretariat.notification;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.SystemAccount;
import org.jwc.secretariat.user.Recipient;
import org.jwc.secretariat.user.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each notification by e-mail, in the recipient's language, once the change that caused it
 * has committed, and off the user's request: a slow mail server never slows anyone's save. Without
 * a configured mail server ({@code spring.mail.host}) the bell alone tells.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final UserNotifications notifications;
    private final Recipients recipients;
    private final NotificationText text;
    private final PartyService parties;
    private final CommitteeService committee;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    /** Where links point; blank when not configured, and then the e-mail carries none. */
    private final String publicUrl;
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, UserNotifications notifications, Recipients recipients,
            NotificationText text, PartyService parties, CommitteeService committee, TransactionTemplate transaction,
            Clock clock, @Value("${jwc.public-url}") String publicUrl, @Value("${jwc.mail.from}") String from) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.recipients = recipients;
        this.text = text;
        this.parties = parties;
        this.committee = committee;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl.isBlank() || publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.from = from;
    }

    @TransactionalEventListener
    void send(NotificationsCreated created) {
        var sender = mailSender.getIfAvailable();
        if (sender != null && !created.ids().isEmpty()) {
            // Each in its committee: the mail names it and the parties it knows.
            sending.execute(() -> created.ids().forEach(id -> notifications.findById(id)
                    .ifPresent(n -> SystemAccount.runIn(n.committeeId(), () -> send(sender, id)))));
        }
    }

    private void send(JavaMailSender sender, long id) {
        try {
            transaction.executeWithoutResult(status -> notifications.findById(id).ifPresent(n ->
                    recipients.byId(n.userId()).filter(r -> r.email() != null).ifPresent(r -> {
                        sender.send(message(sender, n, r));
                        n.markEmailed(clock.instant());
                    })));
        } catch (MailException | IllegalStateException e) {
            // The notification stays in the bell; the mail server's trouble is the operator's to see.
            log.warn("Could not e-mail notification {}: {}", id, e.getMessage());
        }
    }

    private jakarta.mail.internet.MimeMessage message(JavaMailSender sender, UserNotification n, Recipient r) {
        var language = r.language();
        var byId = parties.byId();
        var party = r.partyId() == null ? null : byId.get(r.partyId());
        var zone = r.zone() != null ? r.zone() : party == null ? ZoneOffset.UTC : party.zone();
        var sentence = text.message(n, language, zone, byId);
        var mail = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(mail, "UTF-8");
            helper.setFrom(from);
            helper.setTo(r.email());
            helper.setSubject(sentence.length() > 150 ? sentence.substring(0, 149) + "…" : sentence);
            var open = publicUrl.isBlank() ? "" : text.translate(language, "notification.mail.open", link(n)) + "\n\n";
            helper.setText(sentence + "\n\n" + open + "-- \n" + text.translate(language, "notification.mail.footer",
                    committee.name().in(language), party == null ? "—" : party.name(language)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return mail;
    }

    /** Opens the page in the notification's committee, for a reader who works in several (ADR 0025). */
    private String link(UserNotification n) {
        return publicUrl + "in/" + n.committeeId() + "/" + n.link();
    }
}
