package dev.mirrorstub.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * The breaking-change gate: openapi-diff's verdict on two versions of a contract, plus one rule
 * that openapi-diff cannot know. Kafka REST answers a request field it does not know with 422, so
 * a request field that disappears from the contract breaks every client that still sends it,
 * although openapi-diff calls that change compatible.
 */
final class CompatibilityGate {

  /** The outcome; {@code report} is openapi-diff's console change log, then this gate's own findings. */
  record Verdict(boolean compatible, boolean unchanged, List<String> removedRequestFields, String report) {
  }

  private CompatibilityGate() {
  }

  static Verdict compare(String released, String current) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
    List<String> removedRequestFields = removedRequestFields(diff);
    StringBuilder report = new StringBuilder(render(diff));
    if (!report.isEmpty() && report.charAt(report.length() - 1) != '\n') {
      report.append('\n'); // openapi-diff's "No differences" line has no line end
    }
    if (!removedRequestFields.isEmpty()) {
      report.append("Request fields removed (breaking here: a client that still sends one gets 422):\n");
      removedRequestFields.forEach(f -> report.append("  - ").append(f).append('\n'));
    }
    boolean compatible = !diff.isIncompatible() && removedRequestFields.isEmpty();
    report.append("Gate verdict: ").append(compatible ? "backward compatible" : "BREAKING").append('\n');
    return new Verdict(compatible, diff.isUnchanged(), removedRequestFields, report.toString());
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new ConsoleRender().render(diff, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> removedRequestFields(ChangedOpenApi diff) {
    List<String> found = new ArrayList<>();
    for (ChangedOperation op : diff.getChangedOperations()) {
      if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
        continue;
      }
      String where = op.getHttpMethod() + " " + op.getPathUrl();
      for (Map.Entry<String, ChangedMediaType> media : op.getRequestBody().getContent().getChanged().entrySet()) {
        Set<ChangedSchema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(media.getValue().getSchema(), "", where + " (" + media.getKey() + ")", seen, found);
      }
    }
    return found;
  }

  /** Walks nested properties and array items; {@code seen} stops at recursive schemas. */
  private static void collect(ChangedSchema schema, String prefix, String where, Set<ChangedSchema> seen,
      List<String> found) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    schema.getMissingProperties().keySet()
        .forEach(name -> found.add(where + ": " + prefix + name));
    schema.getChangedProperties()
        .forEach((name, changed) -> collect(changed, prefix + name + ".", where, seen, found));
    collect(schema.getItems(), prefix + "[].", where, seen, found);
  }
}
