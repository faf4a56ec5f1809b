package org.jwc.secretariat.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.Side;
import org.jwc.secretariat.security.DemoAccounts;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.user.UserProfile;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One delegate, secretary and leader per active party of each demo mechanism, and one administrator. */
@Component
@Profile("demo")
class DemoUsers implements DemoAccounts {

    static final String PASSWORD = "jwc-demo-2026";
    static final List<String> ACTIVE_PARTIES = List.of("TQ", "QN", "LS", "CB", "GX");
    /** The login page lists the working group's accounts after the committee's. */
    static final List<String> LISTED_PARTIES = java.util.stream.Stream.concat(ACTIVE_PARTIES.stream(),
            DemoWorkingGroup.PARTIES.stream()).toList();
    static final List<Role> PARTY_ROLES = List.of(Role.DELEGATE, Role.SECRETARY, Role.LEADER);

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public List<Account> accounts() {
        var accounts = new ArrayList<Account>();
        accounts.add(new Account("admin", "—", Role.ADMIN));
        for (var party : LISTED_PARTIES) {
            for (var role : PARTY_ROLES) {
                accounts.add(new Account(username(party, role), party, role));
            }
        }
        return accounts;
    }

    /** A delegate, a secretary and a leader of each of the parties, in their side's language. */
    static List<UserProfile> ofParties(List<String> partyCodes, Map<String, Party> parties) {
        var profiles = new ArrayList<UserProfile>();
        for (var code : partyCodes) {
            var party = parties.get(code);
            var language = party.side() == Side.CN ? Language.ZH : Language.VI;
            for (var role : PARTY_ROLES) {
                var person = DemoPeople.NAMES.get(code + "." + role.name());
                var username = username(code, role);
                profiles.add(new UserProfile(username, person[0], person[1], username + "@demo.example", party.id(), Set.of(role),
                        language, null, true));
            }
        }
        return profiles;
    }

    static String username(String partyCode, Role role) {
        return partyCode.toLowerCase(java.util.Locale.ROOT) + "." + role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
