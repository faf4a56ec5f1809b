package org.jwc.secretariat.user;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled accounts to notify, for the server's own messaging. Nothing here reaches a screen:
 * what is said to a recipient is decided by the caller, from records that recipient may see.
 */
@Component
@Transactional(readOnly = true)
public class Recipients {

    private final Users users;

    Recipients(Users users) {
        this.users = users;
    }

    public List<Recipient> ofParty(long partyId) {
        return users.findByPartyIdAndEnabledTrue(partyId).stream().map(User::recipient).toList();
    }

    public Optional<Recipient> byId(long userId) {
        return users.findById(userId).filter(u -> u.profile().enabled()).map(User::recipient);
    }
}
