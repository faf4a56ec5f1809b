package org.jwc.secretariat.security;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the request being served comes from, for a {@link SecurityEvent} published deep in a service. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The client's address (the trusted proxy's valve has made it the real one), or null where no
     * request is being served: a scheduled job, the demo data, a test.
     */
    public static @Nullable String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
