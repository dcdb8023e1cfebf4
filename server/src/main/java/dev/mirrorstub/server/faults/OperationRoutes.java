package dev.mirrorstub.server.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
