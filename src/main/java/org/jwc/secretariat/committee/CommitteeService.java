package org.jwc.secretariat.committee;

import static org.jwc.secretariat.base.Validation.officialLanguages;

import java.util.Optional;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee's name, read by the login page and every screen; set by administrators. */
@Service
@Transactional(readOnly = true)
public class CommitteeService {

    private final Committees committees;

    CommitteeService(Committees committees) {
        this.committees = committees;
    }

    /** Public: every page, the login page included, shows it. */
    @PreAuthorize("permitAll()")
    public Optional<Committee> committee() {
        return committees.findFirstByOrderByIdAsc();
    }

    @PreAuthorize("permitAll()")
    public LocalizedText name() {
        return committee().map(Committee::name).orElse(LocalizedText.EMPTY);
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Committee rename(long expectedVersion, LocalizedText name) {
        var checked = officialLanguages("name", name, 500);
        var committee = committees.findFirstByOrderByIdAsc().orElseGet(() -> new Committee(checked));
        if (committee.getId() != null) {
            committee.requireVersion(expectedVersion);
        }
        committee.rename(checked);
        return committees.saveAndFlush(committee);
    }
}
