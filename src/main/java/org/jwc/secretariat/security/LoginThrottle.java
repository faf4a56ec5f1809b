package org.jwc.secretariat.security;

/**
 * Sign-in throttling by the name typed and the address it comes from (ADR 0021): a name's failures
 * from one address pause that name there, an address's failures across names pause the address, and
 * the same name from elsewhere signs in as usual. Names that are no account are treated alike, so
 * that no answer tells which accounts exist.
 */
public interface LoginThrottle {

    /** Whether this attempt must wait; the password is then not even checked. Says so in the security log. */
    boolean refuses(String username, String address);

    /** A failed attempt: counted, logged, and true when it pauses this name here or this address. */
    boolean failed(String username, String address);
}
