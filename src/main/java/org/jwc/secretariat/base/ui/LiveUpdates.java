package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    record Watcher(UI ui, Topic topic, @Nullable Long partyId, @Nullable Authentication user, Runnable refresh) {
    }

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

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
        var earlier = ComponentUtil.getData(owner, AttachedWatch.class);
        if (earlier != null) {
            earlier.end();
        }
        var watch = new AttachedWatch(() -> watch(owner.getUI().orElseThrow(), topic, partyId, refresh));
        watch.listeners.add(owner.addAttachListener(e -> watch.start()));
        watch.listeners.add(owner.addDetachListener(e -> watch.stop()));
        ComponentUtil.setData(owner, AttachedWatch.class, watch);
        if (owner.isAttached()) {
            watch.start();
        }
    }

    /** One component's watch: running while the component is attached, ended when it watches something else. */
    private static final class AttachedWatch {

        private final Supplier<Registration> starter;
        private final List<Registration> listeners = new ArrayList<>();
        private @Nullable Registration running;

        AttachedWatch(Supplier<Registration> starter) {
            this.starter = starter;
        }

        void start() {
            stop();
            running = starter.get();
        }

        void stop() {
            if (running != null) {
                running.remove();
                running = null;
            }
        }

        void end() {
            stop();
            listeners.forEach(Registration::remove);
        }
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
        for (var watcher : watchersOf(change)) {
            if (watcher.ui() == origin) {
                continue;
            }
            delivery.execute(() -> {
                watcher.ui().access(() -> runAs(watcher));
                // The delivery delay (bench/proposals.sh reads it): with automatic push, access() has
                // refreshed the screen and handed the change to its push connection by now, unless a
                // request of that session held its lock and runs the refresh when it ends.
                log.debug("{} {} pushed to a screen {} ms after commit", change.kind(), change.recordId(),
                        (System.nanoTime() - committed) / 1_000_000);
            });
        }
    }

    /** The screens a change is for: those watching its topic whose user's party may see it. */
    List<Watcher> watchersOf(RecordChanged change) {
        return watchers.stream().filter(w -> w.topic().covers(change) && change.visibleTo(w.partyId())).toList();
    }

    private static void runAs(Watcher watcher) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(watcher.user());
        SecurityContextHolder.setContext(context);
        try {
            watcher.refresh().run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
