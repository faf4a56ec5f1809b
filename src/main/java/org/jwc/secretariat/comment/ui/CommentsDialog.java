package org.jwc.secretariat.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** The comment threads of a record shown in a list, such as an agenda item. */
class CommentsDialog extends Dialog {

    CommentsDialog(String title, CommentsPanel panel) {
        addClassName("comments-dialog");
        setHeaderTitle(title);
        setWidth("min(56rem, 95vw)");
        add(panel);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
