package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.Page;
import java.util.List;

/**
 * Lists on a phone: a grid keeps the columns that say what a row is, and the others hide while the
 * window is narrower than a tablet (their facts are on the row's own page), so that nothing scrolls
 * sideways. Cells wrap their text instead of cutting it, at every width.
 */
public final class NarrowScreen {

    /** Below this window width, in CSS pixels, the screen counts as a phone's. */
    public static final int PHONE_WIDTH = 600;

    private NarrowScreen() {
    }

    /** Hides these columns on phones; called again after the grid's columns are rebuilt, it replaces the earlier ones. */
    @SafeVarargs
    public static <T> void hideOnPhones(Grid<T> grid, Grid.Column<T>... columns) {
        hideOnPhones(grid, List.of(columns));
    }

    public static <T> void hideOnPhones(Grid<T> grid, List<Grid.Column<T>> columns) {
        fit(grid).hidden = List.copyOf(columns);
        fit(grid).apply();
    }

    /** Shows these columns on phones only: what a phone shows in one column instead of several (a matrix's). */
    @SafeVarargs
    public static <T> void showOnPhonesOnly(Grid<T> grid, Grid.Column<T>... columns) {
        fit(grid).phoneOnly = List.of(columns);
        fit(grid).apply();
    }

    private static Fit fit(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var fit = ComponentUtil.getData(grid, Fit.class);
        if (fit == null) {
            fit = new Fit();
            ComponentUtil.setData(grid, Fit.class, fit);
            var watched = fit;
            grid.addAttachListener(attach -> {
                var page = attach.getUI().getPage();
                watched.width = initialWidth(page);
                watched.apply();
                var resizing = page.addBrowserWindowResizeListener(resize -> {
                    watched.width = resize.getWidth();
                    watched.apply();
                });
                grid.addDetachListener(detach -> {
                    resizing.remove();
                    detach.unregisterListener();
                });
            });
        }
        return fit;
    }

    private static int initialWidth(Page page) {
        var details = page.getExtendedClientDetails();
        return details == null ? Integer.MAX_VALUE : details.getWindowInnerWidth();
    }

    /** The columns a grid hides on phones or shows only there, and the window's last known width (unknown counts as wide). */
    private static final class Fit {
        private List<? extends Grid.Column<?>> hidden = List.of();
        private List<? extends Grid.Column<?>> phoneOnly = List.of();
        private int width = Integer.MAX_VALUE;

        void apply() {
            var phone = width > 0 && width < PHONE_WIDTH;
            hidden.forEach(c -> c.setVisible(!phone));
            phoneOnly.forEach(c -> c.setVisible(phone));
        }
    }
}
