package org.jwc.secretariat.security;

/** Role names as compile-time constants, for access annotations on views and services. */
public final class Roles {

    public static final String ADMIN = "ADMIN";

    /** SpEL for {@code @PreAuthorize}: only administrators, and only once they passed the second factor. */
    public static final String IS_ADMIN = "hasRole('ADMIN') and @currentUser.hasItsFactors()";

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    /** SpEL for {@code @PreAuthorize}: only platform administrators, once they passed the second factor. */
    public static final String IS_PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN') and @currentUser.hasItsFactors()";

    /** SpEL for {@code @PreAuthorize}: any signed-in user. */
    public static final String IS_SIGNED_IN = "isAuthenticated()";

    private Roles() {
    }
}
