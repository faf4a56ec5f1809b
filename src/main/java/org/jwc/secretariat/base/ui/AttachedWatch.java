package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One component's watch of live updates: running while the component is attached, ended when it watches something else. */
final class AttachedWatch {

    private final Supplier<Registration> starter;
    private final List<Registration> listeners = new ArrayList<>();
    private @Nullable Registration running;

    private AttachedWatch(Supplier<Registration> starter) {
        this.starter = starter;
    }

    /** Watches from now if the component is attached, from its next attach otherwise; ends its earlier watch. */
    static void replace(Component owner, Supplier<Registration> starter) {
        var earlier = ComponentUtil.getData(owner, AttachedWatch.class);
        if (earlier != null) {
            earlier.end();
        }
        var watch = new AttachedWatch(starter);
        watch.listeners.add(owner.addAttachListener(e -> watch.start()));
        watch.listeners.add(owner.addDetachListener(e -> watch.stop()));
        ComponentUtil.setData(owner, AttachedWatch.class, watch);
        if (owner.isAttached()) {
            watch.start();
        }
    }

    private void start() {
        stop();
        running = starter.get();
    }

    private void stop() {
        if (running != null) {
            running.remove();
            running = null;
        }
    }

    private void end() {
        stop();
        listeners.forEach(Registration::remove);
    }
}
