package dev.mirrorstub.server.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operations that the resources serve, read from the generated interfaces they implement: the
 * generator names each method after the spec's {@code operationId} and annotates it with the
 * operation's method and path, so this list follows the spec without a copy of it.
 */
public final class ApiOperations {

  private static final List<Class<?>> RESOURCES = List.of(MirrorsResource.class, TopicsResource.class);

  private ApiOperations() {
  }

  /** Each operation id and its route, e.g. {@code "DELETE /kafka/v3/clusters/{cluster_id}/topics/{topic_name}"}. */
  public static Map<String, String> routes() {
    Map<String, String> routes = new TreeMap<>();
    for (Class<?> resource : RESOURCES) {
      for (Class<?> api : resource.getInterfaces()) {
        Path base = api.getAnnotation(Path.class);
        if (base == null) {
          continue;
        }
        for (Method m : api.getMethods()) {
          String method = httpMethod(m);
          if (method != null) {
            Path sub = m.getAnnotation(Path.class);
            routes.put(m.getName(), method + " " + join(base.value(), sub == null ? "" : sub.value()));
          }
        }
      }
    }
    return routes;
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String base, String sub) {
    String path = (base.startsWith("/") ? "" : "/") + base;
    if (sub.isEmpty()) {
      return path;
    }
    return (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + (sub.startsWith("/") ? "" : "/") + sub;
  }
}
