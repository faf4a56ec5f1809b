package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Who has the same record open: each viewer is told the names of the others as they come and go. */
@Component
public class Presence {

    private record Viewer(UI ui, String topic, long userId, String name, Consumer<List<String>> onChange) {
    }

    private final Set<Viewer> viewers = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    public Registration join(UI ui, String topic, long userId, String name, Consumer<List<String>> onChange) {
        var viewer = new Viewer(ui, topic, userId, name, onChange);
        viewers.add(viewer);
        tell(topic);
        return () -> {
            viewers.remove(viewer);
            tell(topic);
        };
    }

    private void tell(String topic) {
        var present = viewers.stream().filter(v -> v.topic().equals(topic)).toList();
        for (var viewer : present) {
            var others = present.stream().filter(v -> v.userId() != viewer.userId()).map(Viewer::name)
                    .distinct().sorted().toList();
            delivery.execute(() -> viewer.ui().access(() -> viewer.onChange().accept(others)));
        }
    }
}
