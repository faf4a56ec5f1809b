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
import org.jspecify.annotations.Nullable;
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
        var at = grid.addColumn(e -> Times.format(e.at(), zone, locale)).setHeader(getTranslation("securitylog.at"))
                .setAutoWidth(true);
        var kind = grid.addColumn(this::kind).setHeader(getTranslation("securitylog.kind")).setAutoWidth(true);
        var username = grid.addColumn(e -> text(e.username())).setHeader(getTranslation("securitylog.username"));
        var actor = grid.addColumn(e -> text(e.actor())).setHeader(getTranslation("securitylog.actor"));
        var address = grid.addColumn(e -> text(e.address())).setHeader(getTranslation("securitylog.address"));
        var detail = grid.addColumn(e -> text(e.detail())).setHeader(getTranslation("securitylog.detail"))
                .setFlexGrow(2);
        // A phone has room for one column: when, what and whose in one cell, wrapped; the rest on wider screens.
        var entry = grid.addColumn(e -> String.join(" · ", Times.format(e.at(), zone, locale), kind(e),
                text(e.username()))).setHeader(getTranslation("securitylog.entry"));
        NarrowScreen.hideOnPhones(grid, at, kind, username, actor, address, detail);
        NarrowScreen.showOnPhonesOnly(grid, entry);
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

    private String kind(SecurityLogEntry entry) {
        return getTranslation("securitylog.kind." + entry.kind().name());
    }

    private static String text(@Nullable String value) {
        return Objects.toString(value, "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("securitylog.title");
    }
}
