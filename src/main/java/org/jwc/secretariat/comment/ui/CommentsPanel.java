package org.jwc.secretariat.comment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.comment.CommentThread;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/**
 * The comment threads under a record, refreshed when anyone comments. What the user is typing (a
 * new comment, a reply) survives those refreshes: only the threads are drawn again.
 */
public class CommentsPanel extends VerticalLayout {

    /** The record the comments are on, and what the panel needs to show and watch them. */
    public record Target(String kind, long recordId, long meetingId) {
    }

    /**
     * The reader and what a comment's header needs.
     *
     * @param recordOwnerPartyId the party whose record it is: its users resolve any thread
     */
    public record Reader(SecretariatUser user, Map<Long, Party> parties, ZoneId zone, long recordOwnerPartyId) {
    }

    private final CommentService comments;
    private final Reader context;
    private final Target target;
    private final H2 heading = new H2();
    private final Checkbox showResolved = new Checkbox();
    private final VerticalLayout threads = new VerticalLayout();
    private final TextArea newComment = CommentThreadView.textArea("comment.new", "new-comment");
    private final Map<Long, TextArea> replies = new HashMap<>();

    public CommentsPanel(CommentService comments, LiveUpdates live, Reader context, Target target) {
        this.comments = comments;
        this.context = context;
        this.target = target;
        addClassName("comments");
        setPadding(false);
        threads.setPadding(false);
        showResolved.setLabel(getTranslation("comment.showResolved"));
        showResolved.addValueChangeListener(e -> refresh());
        add(heading, showResolved, threads);
        if (mayComment(context.user())) {
            var post = new Button(getTranslation("comment.action.post"), e -> post(null, newComment));
            post.addClassName("post-comment");
            post.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            add(newComment, post);
        }
        refresh();
        live.watchWhileAttached(this, new LiveUpdates.Topic(CommentService.changeKind(target.kind()),
                target.meetingId(), target.recordId()), context.user().partyId(), this::refresh);
    }

    /** The threads in a dialog of their own, for a record shown in a list (an agenda item, a paragraph). */
    public void openInDialog(String title) {
        new CommentsDialog(title, this).open();
    }

    static boolean mayComment(SecretariatUser user) {
        return user.partyId() != null
                && (user.hasRole(Role.DELEGATE) || user.hasRole(Role.SECRETARY) || user.hasRole(Role.LEADER));
    }

    private void refresh() {
        try {
            var all = comments.threads(target.kind(), target.recordId());
            var open = all.stream().filter(t -> !t.opening().resolved()).count();
            heading.setText(getTranslation("comment.heading", open, all.size() - open));
            threads.removeAll();
            for (CommentThread thread : all) {
                if (showResolved.getValue() || !thread.opening().resolved()) {
                    var reply = replies.computeIfAbsent(thread.opening().id(),
                            id -> CommentThreadView.textArea("comment.reply", "reply-text"));
                    threads.add(new CommentThreadView(thread, context, reply, this::post, this::settle));
                }
            }
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, UI.getCurrent()));
        }
    }

    /** A refusal (an empty or too long comment) shows at the field typed in, which keeps the text. */
    private void post(@Nullable Long threadId, TextArea field) {
        var posted = new FormErrors(Map.of("text", field)).save(
                () -> comments.post(target.kind(), target.recordId(), threadId, field.getValue()));
        if (posted != null) {
            field.clear();
            refresh();
        }
    }

    private void settle(CommentThread thread) {
        var opening = thread.opening();
        act(() -> {
            if (opening.resolved()) {
                comments.reopen(opening.id(), opening.getVersion());
            } else {
                comments.resolve(opening.id(), opening.getVersion());
            }
        });
    }

    /** Runs a user's action; on a refusal the message shows and what they typed stays. */
    private boolean act(Runnable action) {
        try {
            action.run();
            refresh();
            return true;
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, UI.getCurrent()));
            return false;
        }
    }
}
