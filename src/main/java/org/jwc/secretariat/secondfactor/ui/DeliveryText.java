package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jwc.secretariat.secondfactor.CodeDelivery;

/** Says where the code went (or, in the demo without a mail server, shows it), or that none went. */
class DeliveryText extends VerticalLayout {

    DeliveryText() {
        setPadding(false);
        addClassName("code-delivery");
    }

    void show(CodeDelivery delivery, long minutes) {
        removeAll();
        var text = switch (delivery.outcome()) {
            case MAILED -> getTranslation("secondFactor.sent", delivery.maskedAddress(), minutes);
            case SHOWN_FOR_DEMO -> getTranslation("secondFactor.demo", minutes);
            case NO_ADDRESS -> getTranslation("secondFactor.noAddress");
            case MAIL_FAILED -> getTranslation("secondFactor.mailFailed");
            case TOO_SOON -> getTranslation("secondFactor.tooSoon", 30);
        };
        add(new Paragraph(text));
        if (delivery.shownCode() != null) {
            var code = new Paragraph(delivery.shownCode());
            code.addClassName("demo-code");
            add(code);
        }
    }

    /** No code went out (the user has a passkey to use instead): says so, and how to get one. */
    void showNoneSent() {
        removeAll();
        add(new Paragraph(getTranslation("passkey.step.noCodeYet")));
    }
}
