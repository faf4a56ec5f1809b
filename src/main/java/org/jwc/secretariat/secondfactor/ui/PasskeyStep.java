package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** On the second step, beside the e-mailed code: pass it with a passkey instead; the browser then goes on by itself. */
class PasskeyStep extends VerticalLayout {

    private final Paragraph error = new Paragraph();

    PasskeyStep() {
        setPadding(false);
        addClassName("passkey-step");
        error.addClassName("passkey-error");
        error.setVisible(false);
        var use = new Button(getTranslation("passkey.action.use"));
        use.addThemeVariants(ButtonVariant.PRIMARY);
        use.addClassName("use-passkey");
        use.addClickListener(e -> {
            error.setVisible(false);
            PasskeyCeremony.run(this, PasskeyCeremony.AUTHENTICATE, "", outcome -> {
                if (!PasskeyCeremony.OK.equals(outcome)) {
                    error.setText(PasskeyCeremony.message(this, outcome));
                    error.setVisible(true);
                }
            });
        });
        add(new Paragraph(getTranslation("passkey.step.or")), use, error);
    }
}
