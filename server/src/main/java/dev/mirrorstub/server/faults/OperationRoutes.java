package dev.mirrorstub.server.faults;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operation of the spec a request calls, from its method and path alone: faults fire before
 * Jersey matches a request, so a fault armed {@code onOperation(...)} needs this. The server builds
 * it from the generated interface that its resources implement, never from a hand-written list.
 * Where two templates match (say {@code links/-/mirrors} and {@code links/{link_name}/mirrors}),
 * the one with more literal characters wins, as in JAX-RS.
 */
public final class OperationRoutes {

  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

  private record Route(String operationId, String method, Pattern path, int literalChars) {
  }

  private final List<Route> routes = new ArrayList<>();
  private final Set<String> ids;

  /**
   * @param routes each operation id and its route, as {@code "POST /kafka/v3/clusters/{cluster_id}/links"}
   */
  public OperationRoutes(Map<String, String> routes) {
    routes.forEach((id, route) -> this.routes.add(route(id, route)));
    this.routes.sort(Comparator.comparingInt(Route::literalChars).reversed());
    this.ids = Collections.unmodifiableSet(new TreeSet<>(routes.keySet()));
  }

  /** The routes that {@code interfaces} (generated from a spec) declare; see {@link #declaredBy}. */
  public static OperationRoutes of(Collection<Class<?>> interfaces) {
    return new OperationRoutes(declaredBy(interfaces));
  }

  /**
   * Each operation id and its route, e.g. {@code "DELETE /kafka/v3/clusters/{cluster_id}/topics/{topic_name}"},
   * read from generated interfaces: the generator names each method after the spec's {@code operationId}
   * and annotates it with the operation's method and path, so this follows the spec without a copy of it.
   */
  public static Map<String, String> declaredBy(Collection<Class<?>> interfaces) {
    Map<String, String> routes = new TreeMap<>();
    for (Class<?> api : interfaces) {
      Path base = api.getAnnotation(Path.class);
      for (Method m : api.getMethods()) {
        String method = httpMethod(m);
        if (method != null) {
          Path sub = m.getAnnotation(Path.class);
          routes.put(m.getName(), method + " " + join(base == null ? "" : base.value(), sub == null ? "" : sub.value()));
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

  private static Route route(String id, String route) {
    int space = route.indexOf(' ');
    if (space < 1 || !route.startsWith("/", space + 1)) {
      throw new IllegalArgumentException("route of " + id + " is not 'METHOD /path': " + route);
    }
    String template = route.substring(space + 1);
    StringBuilder regex = new StringBuilder();
    int literal = 0;
    int at = 0;
    for (Matcher m = VARIABLE.matcher(template); m.find(); at = m.end()) {
      regex.append(Pattern.quote(template.substring(at, m.start()))).append("[^/]+");
      literal += m.start() - at;
    }
    regex.append(Pattern.quote(template.substring(at)));
    literal += template.length() - at;
    return new Route(id, route.substring(0, space), Pattern.compile(regex.toString()), literal);
  }

  /** The operation ids, sorted. */
  public Set<String> ids() {
    return ids;
  }

  /**
   * The operation that {@code method} on {@code path} (decoded, from the root, e.g.
   * {@code /kafka/v3/clusters/c1/links}) calls, or null when it calls none. HEAD is GET without a body.
   */
  public String operationOf(String method, String path) {
    String m = "HEAD".equals(method) ? "GET" : method;
    for (Route r : routes) {
      if (r.method().equals(m) && r.path().matcher(path).matches()) {
        return r.operationId();
      }
    }
    return null;
  }

  /** The id itself when it is one of the spec's; else IllegalArgumentException listing the valid ones. */
  String requireKnown(String operationId) {
    if (!ids.contains(operationId)) {
      throw new IllegalArgumentException("unknown operation id '" + operationId + "'; the spec's operation ids are: "
          + String.join(", ", ids));
    }
    return operationId;
  }
}
