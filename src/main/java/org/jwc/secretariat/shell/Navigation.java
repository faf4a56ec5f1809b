package org.jwc.secretariat.shell;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jwc.secretariat.area.ui.AreaAdminView;
import org.jwc.secretariat.commitment.ui.CommitmentsView;
import org.jwc.secretariat.committee.ui.CommitteeView;
import org.jwc.secretariat.meeting.ui.MeetingListView;
import org.jwc.secretariat.party.ui.PartyAdminView;
import org.jwc.secretariat.user.ui.PasswordView;
import org.jwc.secretariat.user.ui.UserAdminView;

/** The menu; each entry shows only to users whose role the view's access annotation admits. */
final class Navigation {

    record Entry(String titleKey, Class<? extends Component> view) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("nav.meetings", MeetingListView.class),
            new Entry("nav.commitments", CommitmentsView.class),
            new Entry("nav.parties", PartyAdminView.class),
            new Entry("nav.areas", AreaAdminView.class),
            new Entry("nav.users", UserAdminView.class),
            new Entry("nav.committee", CommitteeView.class),
            new Entry("nav.password", PasswordView.class));

    private Navigation() {
    }
}
