package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/** Spring Security's CSRF token for this session, for the code's form and the passkey's requests. */
final class Csrf {

    private Csrf() {
    }

    /** As Spring Security's filter left it on the current request (a page load or a Vaadin request alike). */
    static @Nullable CsrfToken current() {
        var request = VaadinServletRequest.getCurrent();
        return request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                ? token : null;
    }
}
