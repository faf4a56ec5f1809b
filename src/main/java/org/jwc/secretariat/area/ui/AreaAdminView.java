package org.jwc.secretariat.area.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.security.Roles;

/** The cooperation areas as the ordered tree the communiqué follows: add, rename, reorder. */
@Menu(order = 4, title = "nav.areas")
@Route("admin/areas")
@RolesAllowed(Roles.ADMIN)
class AreaAdminView extends VerticalLayout implements HasDynamicTitle {

    private final AreaService areas;
    private final TreeGrid<CooperationArea> tree = new TreeGrid<>();

    AreaAdminView(AreaService areas) {
        this.areas = areas;
        setSizeFull();
        var language = UiLanguage.current();
        tree.addHierarchyColumn(a -> a.name().in(language)).setHeader(getTranslation("area.name")).setFlexGrow(3);
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The actions share the width and go onto two lines where it is short (a phone).
        tree.addComponentColumn(this::actions).setHeader(getTranslation("area.actions")).setFlexGrow(2);
        tree.setSizeFull();
        var addTop = new Button(getTranslation("area.action.new"), e -> new AreaDialog(areas, null, null, this::refresh).open());
        addTop.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("area.list.title")), addTop, tree);
        refresh();
    }

    private HorizontalLayout actions(CooperationArea area) {
        var up = new Button(getTranslation("area.action.up"), e -> move(area, -1));
        var down = new Button(getTranslation("area.action.down"), e -> move(area, 1));
        var rename = new Button(getTranslation("action.edit"), e -> new AreaDialog(areas, area, area.parentId(), this::refresh).open());
        var addChild = new Button(getTranslation("area.action.newChild"), e -> new AreaDialog(areas, null, area.id(), this::refresh).open());
        for (var b : new Button[] {up, down, rename, addChild}) {
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        }
        var actions = new HorizontalLayout(up, down, rename, addChild);
        actions.setWrap(true);
        actions.setSpacing(false);
        return actions;
    }

    private void move(CooperationArea area, int step) {
        try {
            areas.move(area.id(), step);
            refresh();
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, getUI().orElseThrow()));
        }
    }

    private void refresh() {
        tree.setItems(areas.children(null), (CooperationArea a) -> areas.children(a.id()));
        tree.expandRecursively(areas.children(null), 3);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("area.list.title");
    }

}
