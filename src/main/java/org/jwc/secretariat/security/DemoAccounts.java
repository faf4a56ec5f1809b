package org.jwc.secretariat.security;

import java.util.List;

/** The demo accounts the login page lists in development mode; no bean exists in production. */
public interface DemoAccounts {

    String password();

    List<Account> accounts();

    record Account(String username, String partyCode, Role role) {
    }
}
