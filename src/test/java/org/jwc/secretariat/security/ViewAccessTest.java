package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every page states who may open it; the administration pages admit administrators only. */
class ViewAccessTest {

    @Test
    void everyRouteCarriesAnAccessAnnotation() throws ClassNotFoundException {
        var views = routes();
        assertThat(views).hasSizeGreaterThanOrEqualTo(8);
        for (var view : views) {
            assertThat(view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(RolesAllowed.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                    .as("%s states who may open it", view.getName()).isTrue();
        }
    }

    @Test
    void administrationPagesAdmitAdministratorsOnly() throws ClassNotFoundException {
        for (var view : routes()) {
            if (view.getAnnotation(Route.class).value().startsWith("admin/")) {
                assertThat(view.getAnnotation(RolesAllowed.class)).as(view.getName()).isNotNull();
                assertThat(view.getAnnotation(RolesAllowed.class).value()).containsExactly(Roles.ADMIN);
            }
        }
    }

    private static List<Class<?>> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var classes = new java.util.ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.jwc.secretariat")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes;
    }
}
