package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * The one-time code's field as a plain HTML form posted to Spring Security's {@code /login/ott}
 * (with its CSRF token): the browser's own submission, so that Spring Security checks the code,
 * adds its factor to the sign-in and renews the session id. No script of its own.
 */
@Tag("form")
class CodeForm extends Component implements HasComponents {

    CodeForm(@Nullable String returnTo) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", "login/ott");
        addClassName("code-form");
        var code = new Input();
        code.setId("one-time-code");
        code.getElement().setAttribute("name", "token");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("spellcheck", "false");
        code.getElement().setAttribute("maxlength", "36");
        code.getElement().setAttribute("required", true);
        var label = new NativeLabel(getTranslation("secondFactor.code"));
        label.setFor(code);
        var submit = new NativeButton(getTranslation("secondFactor.action.verify"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("verify-code");
        add(label, code, submit);
        var csrf = Csrf.current();
        hidden("_csrf", csrf == null ? null : csrf.getToken());
        if (returnTo != null) {
            hidden("return", returnTo);
        }
    }

    private void hidden(String name, @Nullable String value) {
        if (value == null) {
            return;
        }
        var input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        getElement().appendChild(input);
    }
}
