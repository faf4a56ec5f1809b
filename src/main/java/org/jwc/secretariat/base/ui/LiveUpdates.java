package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RecordChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Server push of other users' changes: a view watches a meeting's records of one kind, or one
 * record, and refreshes when a change it may see is committed. Delivery is scoped by party (a
 * draft's change reaches its own party only), and the refresh runs as the watching user, so that
 * it reads through the services with that user's rights and no one else's.
 *
 * <p>A view may instead share its read ({@link SharedRead}): the screens of one view of one topic
 * whose users form one audience (the same committee, party and roles: who may see the same
 * things) read a change once between them, as any one of them, outside every screen's lock; each
 * screen then draws that value as its own user. What travels to a screen is the change's identity
 * and kind, and the value read for its audience: never another audience's (ADR 0026).
 */
@Component
public class LiveUpdates {

    /** What a view shows: a meeting's records of a kind, or one record when {@code recordId} is set. */
    public record Topic(String kind, long meetingId, @Nullable Long recordId) {

        boolean covers(RecordChanged change) {
            return kind.equals(change.kind()) && (recordId == null
                    ? meetingId == change.meetingId()
                    : recordId == change.recordId());
        }
    }

    /**
     * A view's read of what it shows, the same for every user of the audience: the value must
     * depend on nothing but the topic and the audience, and no screen may change it.
     */
    public record SharedRead<T>(Object audience, Supplier<T> read) {
    }

    record Watcher(UI ui, Topic topic, @Nullable Long partyId, @Nullable Authentication user, Runnable refresh,
            @Nullable Shared<?> shared) {

        Watcher(UI ui, Topic topic, @Nullable Long partyId, @Nullable Authentication user, Runnable refresh) {
            this(ui, topic, partyId, user, refresh, null);
        }
    }

    /** A shared read and how the screen draws its value; screens with equal keys read once. */
    record Shared<T>(ShareKey key, Supplier<T> read, Consumer<T> show) {

        void showRead(Object value) {
            @SuppressWarnings("unchecked") var typed = (T) value;
            show.accept(typed);
        }
    }

    record ShareKey(Topic topic, Object audience, Class<?> view) {
    }

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
    private final Executor delivery;
    private final BiConsumer<UI, Command> screen;

    public LiveUpdates() {
        this(Executors.newVirtualThreadPerTaskExecutor(), UI::access);
    }

    /** With the threads that deliver and the way into a screen's lock given: the tests' own. */
    LiveUpdates(Executor delivery, BiConsumer<UI, Command> screen) {
        this.delivery = delivery;
        this.screen = screen;
    }

    /**
     * Refreshes on committed changes of the topic until the registration is removed (a view removes
     * it when it detaches). Call it from the watching user's own request.
     */
    public Registration watch(UI ui, Topic topic, @Nullable Long partyId, Runnable refresh) {
        var watcher = new Watcher(ui, topic, partyId, SecurityContextHolder.getContext().getAuthentication(), refresh);
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /**
     * Refreshes the component on committed changes of the topic while it is attached: from now if it
     * is, from its next attach otherwise, and again after each re-attach. A component that watches
     * something else (a view showing another meeting) calls it again, which ends the earlier watch.
     */
    public void watchWhileAttached(com.vaadin.flow.component.Component owner, Topic topic, @Nullable Long partyId, Runnable refresh) {
        AttachedWatch.replace(owner, () -> watch(owner.getUI().orElseThrow(), topic, partyId, refresh));
    }

    /**
     * As {@link #watchWhileAttached(com.vaadin.flow.component.Component, Topic, Long, Runnable)},
     * with the read shared by the screens of the same view, topic and audience: a change is read
     * once for them all, then each screen shows the value. Should that read fail, each screen
     * refreshes on its own instead, and tells its user in their language.
     */
    public <T> void watchWhileAttached(com.vaadin.flow.component.Component owner, Topic topic, @Nullable Long partyId,
            Runnable refresh, SharedRead<T> read, Consumer<T> show) {
        AttachedWatch.replace(owner, () -> watch(owner.getUI().orElseThrow(), topic, partyId, refresh, read, show, owner.getClass()));
    }

    /** A screen's watch with a shared read; screens of the same view class, topic and audience read once. */
    <T> Registration watch(UI ui, Topic topic, @Nullable Long partyId, Runnable refresh, SharedRead<T> read, Consumer<T> show,
            Class<?> view) {
        var shared = new Shared<>(new ShareKey(topic, read.audience(), view), read.read(), show);
        var watcher = new Watcher(ui, topic, partyId, SecurityContextHolder.getContext().getAuthentication(), refresh, shared);
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /**
     * Refreshes the other screens; the screen whose request made the change has redrawn itself
     * already, and refreshing it again from another thread could swap its components under the
     * user's next click.
     */
    @TransactionalEventListener
    void afterCommit(RecordChanged change) {
        var committed = System.nanoTime();
        var origin = UI.getCurrent();
        var groups = new LinkedHashMap<Object, List<Watcher>>();
        for (var watcher : watchersOf(change)) {
            if (watcher.ui() != origin) {
                groups.computeIfAbsent(watcher.shared() == null ? watcher : watcher.shared().key(), k -> new ArrayList<>()).add(watcher);
            }
        }
        for (var group : groups.values()) {
            delivery.execute(() -> deliver(group, change, committed));
        }
    }

    /** Reads a shared group's value once, as its first screen's user; each screen then shows it as its own. */
    private void deliver(List<Watcher> group, RecordChanged change, long committed) {
        var shared = group.getFirst().shared();
        if (shared == null) {
            group.forEach(watcher -> refresh(watcher, watcher.refresh(), change, committed));
            return;
        }
        Object value;
        try {
            value = callAs(group.getFirst(), shared.read());
        } catch (RuntimeException e) {
            // Each screen reads again on its own, and shows its own user the refusal or the error.
            group.forEach(watcher -> refresh(watcher, watcher.refresh(), change, committed));
            return;
        }
        group.forEach(watcher -> refresh(watcher, () -> watcher.shared().showRead(value), change, committed));
    }

    private void refresh(Watcher watcher, Runnable draw, RecordChanged change, long committed) {
        screen.accept(watcher.ui(), () -> callAs(watcher, () -> {
            draw.run();
            return null;
        }));
        // The delivery delay (bench/proposals.sh reads it): with automatic push, access() has
        // refreshed the screen and handed the change to its push connection by now, unless a
        // request of that session held its lock and runs the refresh when it ends.
        log.debug("{} {} pushed to a screen {} ms after commit", change.kind(), change.recordId(),
                (System.nanoTime() - committed) / 1_000_000);
    }

    /** The screens a change is for: those watching its topic whose user's party may see it. */
    List<Watcher> watchersOf(RecordChanged change) {
        return watchers.stream().filter(w -> w.topic().covers(change) && change.visibleTo(w.partyId())).toList();
    }

    private static <T> T callAs(Watcher watcher, Supplier<T> code) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(watcher.user());
        SecurityContextHolder.setContext(context);
        try {
            return code.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
