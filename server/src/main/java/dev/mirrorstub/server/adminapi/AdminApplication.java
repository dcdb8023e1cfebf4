package dev.mirrorstub.server.adminapi;

import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.faults.OperationRoutes;
import dev.mirrorstub.server.generated.admin.api.StubAdminApi;
import jakarta.ws.rs.Consumes;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * What the admin API adds to the application: its resource, its token checks, its bodies and
 * parameters. The routes and the media types each operation takes are read from the generated
 * interface, so they follow admin.yaml.
 */
public final class AdminApplication {

  private AdminApplication() {
  }

  public static void addTo(ResourceConfig rc, StubAdmin admin) {
    AdminToken token = new AdminToken(admin.config().admin().token());
    OperationRoutes routes = OperationRoutes.of(List.of(StubAdminApi.class));
    Map<String, List<String>> consumes = new HashMap<>();
    for (Method m : StubAdminApi.class.getMethods()) {
      if (routes.ids().contains(m.getName())) {
        Consumes takes = m.getAnnotation(Consumes.class);
        consumes.put(m.getName(), takes == null ? List.of() : List.of(takes.value()));
      }
    }
    rc.register(new AdminGate(token, routes, consumes));
    rc.register(new AdminGuard(token));
    rc.register(new AdminBodies());
    rc.register(new AdminParams());
    rc.register(new AbstractBinder() {
      @Override
      protected void configure() {
        bind(admin).to(StubAdmin.class);
      }
    });
    rc.register(AdminResource.class);
  }
}
