package dev.mirrorstub.server.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One config of a cluster link as the API reports it: {@code value} is the set value or the
 * default, and always "" for a sensitive config; {@code source} is DYNAMIC_CLUSTER_LINK_CONFIG when
 * set, DEFAULT_CONFIG otherwise.
 */
public record LinkConfig(String clusterId, String linkName, String name, String value, boolean isDefault,
                         boolean readOnly, boolean sensitive, String source) {

  /**
   * One change as sent: {@code operation} SET (or absent) sets {@code value}, DELETE resets. A
   * single update is a change without operation; its missing value is a missing field.
   */
  public record Change(String name, String value, String operation) {
  }

  /** A batch of changes as sent; {@code data} null when the body left it out. */
  public record Batch(List<Change> data, Boolean validateOnly) {
    public Batch {
      data = data == null ? null : Collections.unmodifiableList(new ArrayList<>(data));
    }
  }
}
