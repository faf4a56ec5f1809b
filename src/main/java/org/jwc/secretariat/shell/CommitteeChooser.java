package org.jwc.secretariat.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.committee.Committee;

/**
 * The committees the user acts in, for those who act in several (ADR 0025): choosing one makes it
 * the committee worked in, for this session and the next sign-in, and opens its start page afresh,
 * since every open page belongs to the committee it was opened in.
 */
final class CommitteeChooser extends Select<Committee> {

    CommitteeChooser(List<Committee> committees, @Nullable Long current, CommitteeSwitch committeeSwitch) {
        var language = UiLanguage.current();
        setAriaLabel(getTranslation("committee.choose"));
        setItems(committees);
        setItemLabelGenerator(c -> c.shortName().in(language));
        committees.stream().filter(c -> Objects.equals(c.getId(), current)).findFirst().ifPresent(this::setValue);
        addClassName("committee-chooser");
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            committeeSwitch.to(e.getValue().id());
            // Relative to the page's base, which is the application's root.
            UI.getCurrent().getPage().setLocation("./");
        });
    }
}
