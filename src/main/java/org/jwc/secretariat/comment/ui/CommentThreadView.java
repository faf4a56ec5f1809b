package org.jwc.secretariat.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.comment.Comment;
import org.jwc.secretariat.comment.CommentThread;

/** One thread: the opening comment, its replies, and what the reader may do with it. */
class CommentThreadView extends Div {

    CommentThreadView(CommentThread thread, CommentsPanel.Reader context, TextArea reply, BiConsumer<Long, TextArea> post,
            Consumer<CommentThread> settle) {
        var opening = thread.opening();
        addClassName("comment-thread");
        if (opening.resolved()) {
            addClassName("resolved");
        }
        add(comment(opening, context));
        thread.replies().forEach(r -> add(comment(r, context)));
        if (opening.resolved()) {
            add(new Div(getTranslation("comment.resolvedBy", opening.resolvedByName(),
                    Times.format(opening.resolvedAt(), context.zone(), UiLanguage.current().locale()))));
        }
        var actions = new HorizontalLayout();
        if (CommentsPanel.mayComment(context.user())) {
            if (!opening.resolved()) {
                var send = small("comment.action.reply", "send-reply", () -> post.accept(opening.id(), reply));
                add(reply);
                actions.add(send);
            }
            var user = context.user();
            if (opening.authorUserId() == user.userId() || Long.valueOf(context.recordOwnerPartyId()).equals(user.partyId())) {
                actions.add(opening.resolved()
                        ? small("comment.action.reopen", "reopen-thread", () -> settle.accept(thread))
                        : small("comment.action.resolve", "resolve-thread", () -> settle.accept(thread)));
            }
        }
        add(actions);
    }

    private Div comment(Comment comment, CommentsPanel.Reader context) {
        var header = new Span(getTranslation("comment.header", comment.authorName(), partyName(comment.authorPartyId(), context),
                Times.format(comment.postedAt(), context.zone(), UiLanguage.current().locale())));
        header.addClassName("comment-header");
        // Set as text: markup in a comment is shown, never rendered.
        var body = new Div();
        body.setText(comment.body());
        body.addClassName("comment-body");
        body.getStyle().set("white-space", "pre-wrap");
        var div = new Div(header, body);
        div.addClassName(comment.opensThread() ? "comment" : "comment-reply");
        return div;
    }

    private String partyName(@Nullable Long partyId, CommentsPanel.Reader context) {
        var party = partyId == null ? null : context.parties().get(partyId);
        return party == null ? "—" : party.name(UiLanguage.current());
    }

    private Button small(String key, String className, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    static TextArea textArea(String labelKey, String className) {
        var area = new TextArea();
        area.setLabel(area.getTranslation(labelKey));
        // No maxLength: the browser would cut a pasted text short without a word; the service refuses it, naming the limit.
        area.setWidthFull();
        area.addClassName(className);
        return area;
    }
}
