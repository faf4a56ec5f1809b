package org.jwc.secretariat.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.OpenWork.OpenItem;
import org.jwc.secretariat.meeting.Phase;

/**
 * Before the administrator moves a meeting on: what is still open at it, and a decision. Where
 * something open keeps the meeting from concluding, the dialog says so and offers no step that
 * the service would refuse (ADR 0017).
 */
class MoveOnDialog {

    private MoveOnDialog() {
    }

    static void ask(Meeting meeting, Phase target, List<OpenItem> open, Runnable move) {
        var ui = UI.getCurrent();
        var phase = ui.getTranslation("phase." + target.name());
        var dialog = new ConfirmDialog();
        dialog.addClassName("move-on");
        var blocked = target == Phase.CONCLUDED && open.stream().anyMatch(OpenItem::keepsMeetingOpen);
        var body = new VerticalLayout();
        body.setPadding(false);
        if (open.isEmpty()) {
            body.add(new Paragraph(ui.getTranslation("meeting.moveOn.nothingOpen")));
        } else {
            body.add(new Paragraph(ui.getTranslation(blocked ? "meeting.moveOn.keptOpen" : "meeting.moveOn.stillOpen")));
            var list = new UnorderedList();
            open.stream().filter(i -> !blocked || i.keepsMeetingOpen())
                    .forEach(i -> list.add(new ListItem(ErrorHandling.message(i.key(), i.args(), ui))));
            body.add(list);
        }
        dialog.setText(body);
        if (blocked) {
            dialog.setHeader(ui.getTranslation("meeting.moveOn.cannotConclude", meeting.number()));
            dialog.setConfirmText(ui.getTranslation("action.close"));
        } else {
            dialog.setHeader(ui.getTranslation("meeting.moveOn.title", meeting.number(), phase));
            dialog.setCancelable(true);
            dialog.setCancelText(ui.getTranslation("action.cancel"));
            dialog.setConfirmText(ui.getTranslation(open.isEmpty() ? "meeting.moveOn.confirm" : "meeting.moveOn.confirmAnyway", phase));
            dialog.addConfirmListener(e -> move.run());
        }
        dialog.open();
    }
}
