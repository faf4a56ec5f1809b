package org.jwc.secretariat.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in, in the committee they worked in last; runs before anyone is signed
 * in, so it carries no access rule.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Users users;
    private final WorkingCommittees committees;

    AccountDetailsService(Users users, WorkingCommittees committees) {
        this.users = users;
        this.committees = committees;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(committees::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
