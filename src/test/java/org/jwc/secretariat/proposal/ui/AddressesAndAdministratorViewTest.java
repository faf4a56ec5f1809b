package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Defects the probe found: the administrator, who belongs to no party, reads the proposals and the
 * response matrix; a malformed address is "not found", as an unknown record is.
 */
@ViewTest
class AddressesAndAdministratorViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void theAdministratorReadsTheProposalsAndTheMatrixOfTheEighteenthMeeting() {
        Pages.open("meetings/18/proposals");
        assertThat(test(find(Grid.class).withClassName("proposals").single()).size()).as("counted without a party").isNotNegative();
        Pages.open("meetings/18/proposals/matrix");
        assertThat(test(find(Grid.class).withClassName("response-matrix").single()).size()).isNotNegative();
        assertThat(notifications()).as("no error").isEmpty();
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aMalformedProposalAddressIsNotFoundLikeAnUnknownOne() {
        for (var address : new String[] {"proposals/abc", "proposals/99999999999999999999", "proposals/999999"}) {
            navigate(address, Component.class);
            assertThat(notifications()).as(address).last().isEqualTo("Bản ghi này không tồn tại (hoặc đã bị xóa).");
        }
        navigate("meetings/abc", Component.class);
        assertThat(notifications()).last().isEqualTo("Bản ghi này không tồn tại (hoặc đã bị xóa).");
    }

    private java.util.List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
