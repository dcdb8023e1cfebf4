package dev.mirrorstub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * What an admin request does, as admin.yaml describes it, checked on {@link AdminSnapshot}s: a read
 * and a refusal change nothing (not the state, the faults, the call count or the journal); each
 * successful change does exactly what its operation says. {@code initial} is the stub as it started,
 * read before the case's {@code before} requests.
 */
final class AdminEffects {

  /** The steps of a transition that completeStubTransitions finishes. */
  private static final Set<String> PENDING = Set.of("PENDING_STOPPED", "PENDING_SETUP_FOR_RESTORE", "PENDING_RESTORE");

  private AdminEffects() {
  }

  static void assertEffect(Case c, AdminSnapshot initial, AdminSnapshot before, AdminSnapshot after) {
    assertEquals(200, initial.stateStatus(), c + ": the state of a fresh stub can be read: " + initial.state());
    if (!c.response().success() || c.method().equals("GET")) {
      assertEquals(before, after, c + ": " + (c.response().success() ? "a read" : "a refused request")
          + " must change nothing");
      return;
    }
    assertEquals(200, before.stateStatus(), c + ": the state before the change can be read: " + before.state());
    assertEquals(200, after.stateStatus(), c + ": the state after the change can be read: " + after.state());
    switch (c.operationId()) {
      case "resetStub" -> assertEquals(initial, after, c + ": after a reset the stub is as it started");
      case "replaceStubState" -> {
        assertEquals(Bodies.tree(c.response().value()), after.state(), c + ": the state is the one answered");
        assertUnchanged(c, before, after, Part.FAULTS, Part.JOURNAL);
      }
      case "updateStubMirror" -> {
        assertEquals(withMirror(c, before.state(), c.response().value()), after.state(),
            c + ": exactly that mirror changes, to what was answered");
        assertUnchanged(c, before, after, Part.FAULTS, Part.JOURNAL);
      }
      case "completeStubTransitions" -> {
        assertTransitionsCompleted(c, before.state(), after.state());
        assertUnchanged(c, before, after, Part.FAULTS, Part.JOURNAL);
      }
      case "createStubFault" -> {
        ObjectNode expected = before.faults().deepCopy();
        ((ArrayNode) expected.get("faults")).add(Bodies.tree(c.response().value()));
        assertEquals(expected, after.faults(), c + ": the new fault is armed after the others, the call count kept");
        assertUnchanged(c, before, after, Part.STATE, Part.JOURNAL);
      }
      case "deleteStubFaults" -> {
        assertEquals(initial.faults(), after.faults(), c + ": no fault armed and the call count back to 0");
        assertUnchanged(c, before, after, Part.STATE, Part.JOURNAL);
      }
      case "deleteStubRequests" -> {
        assertEquals(initial.requests(), after.requests(), c + ": the journal is empty");
        assertUnchanged(c, before, after, Part.STATE, Part.FAULTS);
      }
      default -> fail(c + ": the harness knows no effect of a successful " + c.operationId() + "; add it to AdminEffects");
    }
  }

  private enum Part { STATE, FAULTS, JOURNAL }

  /** What the operation does not touch stays as it was. */
  private static void assertUnchanged(Case c, AdminSnapshot before, AdminSnapshot after, Part... parts) {
    for (Part part : parts) {
      switch (part) {
        case STATE -> assertEquals(before.state(), after.state(), c + ": the state stays as it was");
        case FAULTS -> assertEquals(before.faults(), after.faults(), c + ": the faults and the call count stay");
        case JOURNAL -> assertEquals(before.requests(), after.requests(), c + ": the journal stays as it was");
      }
    }
  }

  /** The state with the path's mirror replaced by {@code mirror}. */
  private static JsonNode withMirror(Case c, JsonNode state, JsonNode mirror) {
    JsonNode expected = state.deepCopy();
    ArrayNode mirrors = (ArrayNode) find(find(expected.path("clusters"), "id", c.pathParam("cluster_id"), c)
        .path("links"), "name", c.pathParam("link_name"), c).path("mirrors");
    for (int i = 0; i < mirrors.size(); i++) {
      if (mirrors.get(i).path("mirror_topic_name").asText().equals(c.pathParam("mirror_topic_name"))) {
        mirrors.set(i, Bodies.tree(mirror));
        return expected;
      }
    }
    throw new AssertionError(c + ": no mirror " + c.pathParam("mirror_topic_name") + " in the state before");
  }

  private static JsonNode find(JsonNode array, String field, String value, Case c) {
    for (JsonNode item : array) {
      if (item.path(field).asText().equals(value)) {
        return item;
      }
    }
    throw new AssertionError(c + ": no " + field + " " + value + " in the state before");
  }

  /**
   * No mirror is on its way any more; the mirrors that were get a status of their own (what it is
   * depends on the transition), and nothing else changes.
   */
  private static void assertTransitionsCompleted(Case c, JsonNode before, JsonNode after) {
    JsonNode was = before.deepCopy();
    JsonNode now = after.deepCopy();
    for (JsonNode cluster : was.path("clusters")) {
      for (JsonNode link : cluster.path("links")) {
        for (JsonNode mirror : link.path("mirrors")) {
          if (PENDING.contains(mirror.path("status").asText())) {
            ((ObjectNode) mirror).remove("status");
            JsonNode same = mirrorOf(now, cluster.path("id").asText(), link.path("name").asText(),
                mirror.path("mirror_topic_name").asText());
            assertNotNull(same, c + ": mirror " + mirror.path("mirror_topic_name").asText() + " after completing");
            ((ObjectNode) same).remove("status");
          }
        }
      }
    }
    for (JsonNode cluster : after.path("clusters")) {
      for (JsonNode link : cluster.path("links")) {
        for (JsonNode mirror : link.path("mirrors")) {
          assertFalse(PENDING.contains(mirror.path("status").asText()), () -> c + ": still on its way: " + mirror);
        }
      }
    }
    assertEquals(was, now, c + ": only the status of the mirrors on their way changes");
  }

  private static JsonNode mirrorOf(JsonNode state, String cluster, String link, String mirror) {
    for (JsonNode cl : state.path("clusters")) {
      for (JsonNode l : cl.path("links")) {
        for (JsonNode m : l.path("mirrors")) {
          if (cl.path("id").asText().equals(cluster) && l.path("name").asText().equals(link)
              && m.path("mirror_topic_name").asText().equals(mirror)) {
            return m;
          }
        }
      }
    }
    return null;
  }
}
