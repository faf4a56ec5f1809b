package org.jwc.secretariat.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
@WithUserDetails("admin")
class AreaServiceTest {

    @Autowired AreaService areas;


    @Test
    void theKeyAreasOfTheFourteenthCommuniqueAreInTheirOrder() {
        var key = areas.children(null).stream()
                .filter(a -> a.name().vi().equals("Hợp tác trong các lĩnh vực trọng điểm"))
                .findFirst().orElseThrow();
        assertThat(areas.children(key.id())).extracting(a -> a.name().in(Language.EN))
                .containsExactly("Economy and trade", "Transport connectivity", "Border gates", "Tourism");
    }

    @Test
    void anAdministratorAddsSubAreasAndReordersThem() {
        var parent = areas.add(null, new LocalizedText("Thử " + SignedIn.unique(""), "测试", null));
        var labour = areas.add(parent.id(), new LocalizedText("Lao động", "劳务", "Labour"));
        var agriculture = areas.add(parent.id(), new LocalizedText("Nông nghiệp", "农业", "Agriculture"));
        assertThat(areas.children(parent.id())).extracting(CooperationArea::id).containsExactly(labour.id(), agriculture.id());

        areas.move(agriculture.id(), -1);
        assertThat(areas.children(parent.id())).extracting(CooperationArea::id).containsExactly(agriculture.id(), labour.id());
        assertThatThrownBy(() -> areas.move(agriculture.id(), -1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("area.error.cannotMove"));
    }

    @Test
    void anAreaNeedsItsNameInBothOfficialLanguages() {
        assertThatThrownBy(() -> areas.add(null, new LocalizedText("Môi trường", null, "Environment")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
