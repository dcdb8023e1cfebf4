package dev.mirrorstub.server.api;

import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated interfaces that the resources implement: the spec's operations, read from them by
 * {@code faults.OperationRoutes.declaredBy}, so the list of operations follows the spec without a copy of it.
 */
public final class ApiOperations {

  private static final List<Class<?>> RESOURCES = List.of(MirrorsResource.class, TopicsResource.class);

  private ApiOperations() {
  }

  /** The interfaces with a {@code @Path} (the generated ones) that the resources implement. */
  public static List<Class<?>> interfaces() {
    List<Class<?>> interfaces = new ArrayList<>();
    for (Class<?> resource : RESOURCES) {
      for (Class<?> api : resource.getInterfaces()) {
        if (api.isAnnotationPresent(Path.class)) {
          interfaces.add(api);
        }
      }
    }
    return interfaces;
  }
}
