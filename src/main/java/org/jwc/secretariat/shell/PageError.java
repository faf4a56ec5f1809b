package org.jwc.secretariat.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jwc.secretariat.base.ui.ErrorHandling;

/**
 * A page that could not be shown, in the reader's language instead of Vaadin's English report: the
 * database out of reach, or a failure nobody foresaw (logged in full). Without the main layout,
 * which reads the database itself.
 */
@AnonymousAllowed
class PageError extends VerticalLayout implements HasErrorParameter<Exception> {

    PageError() {
        addClassName("page-error");
        getElement().setAttribute("role", "main");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        var ui = event.getUI();
        var message = new Paragraph(ErrorHandling.messageForReading(parameter.getCaughtException(), ui));
        message.addClassName("page-error-message");
        var again = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.openAgain"));
        add(new H1(getTranslation("app.title")), message, again);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
