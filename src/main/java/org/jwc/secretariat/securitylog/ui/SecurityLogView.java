package org.jwc.secretariat.securitylog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.securitylog.SecurityLogEntry;
import org.jwc.secretariat.securitylog.SecurityLogFilter;
import org.jwc.secretariat.securitylog.SecurityLogService;

/** The security log, newest first, read a page at a time from the database; nobody edits it. */
@Menu(order = 6.5, title = "nav.securityLog")
@Route("admin/security-log")
@RolesAllowed(Roles.ADMIN)
class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    private final SecurityLogService log;
    private final Grid<SecurityLogEntry> grid = new Grid<>();
    private SecurityLogFilter filter = SecurityLogFilter.ALL;

    SecurityLogView(SecurityLogService log, PartyService parties) {
        this.log = log;
        addClassName("security-log-view");
        setSizeFull();
        var zone = parties.currentUserZone();
        var locale = UiLanguage.current().locale();
        grid.addColumn(e -> Times.format(e.at(), zone, locale)).setHeader(getTranslation("securitylog.at"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("securitylog.kind." + e.kind().name()))
                .setHeader(getTranslation("securitylog.kind")).setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.username(), "")).setHeader(getTranslation("securitylog.username"));
        var actor = grid.addColumn(e -> Objects.toString(e.actor(), "")).setHeader(getTranslation("securitylog.actor"));
        var address = grid.addColumn(e -> Objects.toString(e.address(), ""))
                .setHeader(getTranslation("securitylog.address"));
        var detail = grid.addColumn(e -> Objects.toString(e.detail(), ""))
                .setHeader(getTranslation("securitylog.detail")).setFlexGrow(2);
        NarrowScreen.hideOnPhones(grid, actor, address, detail);
        grid.addClassName("security-log");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        var filters = new SecurityLogFilters(zone, f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        });
        // Lazy: the log only grows, so the grid fetches each page as it is scrolled to.
        grid.setItems(query -> log.find(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(filter)));
        add(new H1(getTranslation("securitylog.title")), new Paragraph(getTranslation("securitylog.keptForever")),
                filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("securitylog.title");
    }
}
