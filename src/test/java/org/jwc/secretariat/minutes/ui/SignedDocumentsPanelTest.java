package org.jwc.secretariat.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.minutes.DocumentKind;
import org.jwc.secretariat.minutes.SampleFiles;
import org.jwc.secretariat.minutes.SignedDocument;
import org.jwc.secretariat.minutes.SignedDocumentDetails;
import org.jwc.secretariat.minutes.SignedDocumentService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The signed documents register on the minutes page, without a browser; the 18th meeting is Lạng Sơn's. */
@ViewTest
class SignedDocumentsPanelTest extends SpringBrowserlessTest {

    @Autowired SignedDocumentService documents;
    @Autowired PartyService parties;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("ls.secretary")
    void theHostRegistersAnUploadedPdfAndEveryoneCanDownloadIt() throws Exception {
        var meeting = eighteenth();
        var before = documents.list(meeting.id()).size();
        show(meeting, true, Language.VI);
        test(find(Button.class).withClassName("register-document").single()).click();

        var pdf = SampleFiles.pdf("Ke hoach hop tac du lich " + SignedIn.unique("ui"));
        find(LocalizedTextField.class).withClassName("document-title").single().setValue(new LocalizedText("Kế hoạch hợp tác du lịch", "旅游合作计划", null));
        select().setValue(DocumentKind.PLAN);
        signatories().setValue(Set.of(party("LS"), party("GX")));
        find(DatePicker.class).withClassName("document-signed-on").single().setValue(LocalDate.of(2025, 3, 14));
        test(find(Upload.class).single()).upload("Kế hoạch du lịch.pdf", "application/pdf", pdf);
        assertThat(find(Span.class).withClassName("upload-status").single().getText()).startsWith("Kế hoạch du lịch.pdf: tệp PDF");
        test(find(Button.class).withText("Lưu").single()).click();

        var grid = grid();
        assertThat(test(grid).size()).isEqualTo(before + 1);
        var row = rowOf(grid, "Kế hoạch hợp tác du lịch");
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Kế hoạch");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Lạng Sơn, Khu tự trị dân tộc Choang Quảng Tây");
        var out = new ByteArrayOutputStream();
        test((Anchor) test(grid).getCellComponent(row, 4)).download(out);
        assertThat(out.toByteArray()).isEqualTo(pdf);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aTextRenamedPdfIsRefusedOnUploadAndNothingIsRegistered() {
        var meeting = eighteenth();
        var before = documents.list(meeting.id()).size();
        show(meeting, true, Language.EN);
        test(find(Button.class).withClassName("register-document").single()).click();
        find(LocalizedTextField.class).withClassName("document-title").single().setValue(new LocalizedText("Thỏa thuận", "协议", null));
        select().setValue(DocumentKind.AGREEMENT);
        signatories().setValue(Set.of(party("LS")));
        find(DatePicker.class).withClassName("document-signed-on").single().setValue(LocalDate.of(2025, 3, 14));
        test(find(Upload.class).single()).upload("agreement.pdf", "application/pdf", "not a PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(find(Span.class).withClassName("upload-status").single().getText()).startsWith("Only PDF and Word (.docx) files are taken");

        test(find(Button.class).withText("Save").single()).click();
        assertThat(find(Span.class).withClassName("upload-status").single().getText()).isEqualTo("Required.");
        assertThat(documents.list(meeting.id())).hasSize(before);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aFileRegisteredAlreadyIsRefusedOnUploadNamingItsEntryInTheReadersLanguage() {
        var meeting = eighteenth();
        var docx = SampleFiles.docx("Border gates " + SignedIn.unique("ui"));
        documents.register(meeting.id(), new SignedDocumentDetails(new LocalizedText("Thỏa thuận cửa khẩu", "口岸协议", null),
                DocumentKind.AGREEMENT, Set.of(party("LS"), party("GX")), LocalDate.of(2025, 3, 14)), "gates.docx",
                new ByteArrayInputStream(docx));
        show(meeting, true, Language.ZH);
        test(find(Button.class).withClassName("register-document").single()).click();
        test(find(Upload.class).single()).upload("copy.docx", "application/octet-stream", docx);
        assertThat(find(Span.class).withClassName("upload-status").single().getText()).isEqualTo("该文件已在本次会议登记为《口岸协议》。");
    }

    @Test
    @WithUserDetails("gx.secretary")
    void aGuangxiReaderSeesTheRegisterInChineseWithoutTheRegisterButton() {
        var meeting = eighteenth();
        var registered = registeredByLangSon(meeting);
        show(meeting, false, Language.ZH);
        assertThat(find(Button.class).withClassName("register-document").exists()).isFalse();
        assertThat(find(Button.class).withClassName("remove-document").exists()).isFalse();
        var grid = grid();
        var row = rowOf(grid, "口岸合作协议");
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("协议");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("谅山省、广西壮族自治区");
        assertThat(((Anchor) test(grid).getCellComponent(row, 4)).getText()).isEqualTo(registered.fileName());
    }

    private void show(Meeting meeting, boolean mayRegister, Language language) {
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().add(new SignedDocumentsPanel(documents, parties, meetings, meeting.id(), mayRegister, language));
    }

    private SignedDocument registeredByLangSon(Meeting meeting) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "ls.secretary");
        var document = documents.register(meeting.id(), new SignedDocumentDetails(new LocalizedText("Thỏa thuận hợp tác cửa khẩu",
                "口岸合作协议", null), DocumentKind.AGREEMENT, Set.of(party("LS"), party("GX")), LocalDate.of(2025, 3, 14)),
                "口岸合作协议.docx", new ByteArrayInputStream(SampleFiles.docx("Border gates " + SignedIn.unique("ui"))));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return document;
    }

    private Meeting eighteenth() {
        return meetings.findByNumber(18).orElseThrow();
    }

    private long party(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private Grid<SignedDocument> grid() {
        return find(Grid.class).withClassName("signed-documents-grid").single();
    }

    @SuppressWarnings("unchecked")
    private Select<DocumentKind> select() {
        return find(Select.class).withClassName("document-kind").single();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Long> signatories() {
        return find(MultiSelectComboBox.class).withClassName("document-signatories").single();
    }

    private int rowOf(Grid<SignedDocument> grid, String title) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellText(i, 0).equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no row " + title);
    }
}
