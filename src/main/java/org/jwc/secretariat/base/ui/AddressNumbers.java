package org.jwc.secretariat.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/**
 * A record's number in a page's address ("proposals/42", "meetings/18"). A malformed one ("abc",
 * a number too long) names no record, as an unknown number does: the reader is told "not found",
 * and the log holds no stack trace for a mistyped address.
 */
public final class AddressNumbers {

    private AddressNumbers() {
    }

    public static Optional<Long> of(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(v -> v.matches("[0-9]{1,18}")).map(Long::parseLong);
    }
}
