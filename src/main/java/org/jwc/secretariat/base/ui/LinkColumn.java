package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A list's title column as a link to the row's page, which keyboards and screen readers can follow;
 * a click elsewhere on the row opens the same page.
 */
public final class LinkColumn {

    private LinkColumn() {
    }

    public static <T> Grid.Column<T> add(Grid<T> grid, Function<T, String> path, Function<T, String> text, Consumer<T> open) {
        var column = grid.addColumn(LitRenderer.<T>of("<a router-link href=\"${item.path}\">${item.text}</a>")
                .withProperty("path", path::apply).withProperty("text", text::apply));
        grid.addItemClickListener(e -> {
            if (e.getColumn() != column) {
                open.accept(e.getItem());
            }
        });
        return column;
    }
}
