package org.jwc.secretariat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.committee.CommitteeKind;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator works in English (the demo admin's preference). */
@ViewTest
@WithUserDetails("admin")
class AdministrationFormsTest extends SpringBrowserlessTest {

    @Autowired PartyService parties;
    @Autowired CommitteeService committees;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCodeAlreadyInUseIsShownAtTheCodeFieldAndTheDialogKeepsTheInput() {
        Pages.open("admin/parties");
        test(find(Button.class).withText("New party").single()).click();
        var code = find(TextField.class).withLabel("Code").single();
        test(code).setValue("LS");
        test(find(TextField.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Lạng Sơn mới");
        test(find(TextField.class).withLabel("中文").all().getFirst()).setValue("新谅山");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("The code LS is already used by another party.");
        assertThat(code.getValue()).isEqualTo("LS");
        assertThat(find(org.jwc.secretariat.base.ui.LocalizedTextField.class).all().getFirst().getValue().zh()).isEqualTo("新谅山");
        assertThat(parties.all()).filteredOn(p -> p.name().vi().equals("Lạng Sơn mới")).isEmpty();
    }

    @Test
    void aPartyWithoutItsChineseNameIsRefusedAtTheNameField() {
        Pages.open("admin/parties");
        test(find(Button.class).withText("New party").single()).click();
        test(find(TextField.class).withLabel("Code").single()).setValue("ZDB");
        test(find(TextField.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Điện Biên");
        test(find(Button.class).withText("Save").single()).click();
        var name = find(org.jwc.secretariat.base.ui.LocalizedTextField.class).all().getFirst();
        var chinese = find(TextField.class, name).withLabel("中文").single();
        assertThat(chinese.isInvalid()).as("at the language missing").isTrue();
        assertThat(chinese.getErrorMessage()).isEqualTo("Enter this in both Vietnamese and Chinese.");
        assertThat(find(TextField.class, name).withLabel("Tiếng Việt").single().isInvalid()).isFalse();
        assertThat(parties.findByCode("ZDB")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewMeetingStartsWithTheHostAndCoChairTheRotationProposes() {
        Pages.open("meetings");
        test(find(Button.class).withText("New meeting").single()).click();
        assertThat(find(IntegerField.class).withLabel("No.").single().getValue()).isEqualTo(19);
        ComboBox<Party> host = find(ComboBox.class).withLabel("Host").single();
        ComboBox<Party> coChair = find(ComboBox.class).withLabel("Co-chair").single();
        assertThat(host.getValue().code()).isEqualTo("GX");
        assertThat(host.getHelperText()).startsWith("Proposed by the host rotation");
        assertThat(coChair.getValue().code()).isEqualTo("LS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewUserGetsAOneTimePasswordToHandOver() {
        Pages.open("admin/users");
        test(find(Button.class).withText("New user").single()).click();
        test(find(TextField.class).withLabel("User name").single()).setValue("cb.newcomer");
        test(find(TextField.class).withLabel("Full name").single()).setValue("Nông Thị Mới");
        ComboBox<Party> party = find(ComboBox.class).withLabel("Party").single();
        test(party).selectItem("Cao Bang");
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).withLabel("Roles").single();
        test(roles).selectItem("Secretary");
        test(find(Button.class).withText("Save").single()).click();

        var dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("message")).startsWith("One-time password for cb.newcomer: ");
    }

    @Test
    void aPlatformAdministratorAddsAWorkingGroupFromTheCommitteesPage() {
        Pages.open("admin/committee");
        test(find(Button.class).withText("New committee or working group").single()).click();
        var before = committees.allIds();
        Select<CommitteeKind> kind = find(Select.class).withLabel("Kind of mechanism").all().getLast();
        test(kind).selectItem("Joint working group");
        var name = find(LocalizedTextField.class).all().get(2);
        test(find(TextField.class, name).withLabel("Tiếng Việt").single()).setValue("Nhóm công tác thử nghiệm");
        test(find(TextField.class, name).withLabel("中文").single()).setValue("测试工作组");
        test(find(Button.class).withText("Save").all().getLast()).click();
        var made = committees.allIds().stream().filter(id -> !before.contains(id)).toList();
        try {
            assertThat(made).hasSize(1);
            assertThat(jdbc.queryForObject("SELECT kind FROM committee WHERE id = ?", String.class, made.getFirst()))
                    .isEqualTo("WORKING_GROUP");
        } finally {
            made.forEach(id -> jdbc.update("DELETE FROM committee WHERE id = ?", id));
        }
    }

    @Test
    void anAdministratorAddsAPartyOfAnotherMechanismByItsCodeAndOneAlreadyHereIsRefusedAtTheCode() {
        Pages.open("admin/parties");
        test(find(Button.class).withText("Add a party of another committee").single()).click();
        var code = find(TextField.class).withLabel("Code").single();
        test(code).setValue("LS");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(code.getErrorMessage()).isEqualTo("The party LS is already a member of this committee.");
        test(code).setValue("lc");
        test(find(IntegerField.class).withLabel("Hosting order").single()).setValue(5);
        test(find(Button.class).withText("Save").single()).click();
        try {
            assertThat(parties.findByCode("LC")).as("Lào Cai, now a member here too").isPresent();
            assertThat(parties.details(parties.findByCode("LC").orElseThrow()).hostOrder()).isEqualTo(5);
        } finally {
            jdbc.update("DELETE FROM committee_membership WHERE committee_id = ? AND party_id = (SELECT id FROM party WHERE code = 'LC')",
                    committees.requireCurrentId());
        }
    }
}
