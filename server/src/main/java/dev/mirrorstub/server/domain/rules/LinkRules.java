package dev.mirrorstub.server.domain.rules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Kafka's rules for cluster link names, and the two forms of a link's id. */
public final class LinkRules {

  public static final int MAX_NAME_LENGTH = 200;

  private LinkRules() {
  }

  /** Kafka's wording for an illegal link name (null or empty included); null when the name is legal. */
  public static String illegalNameReason(String name) {
    if (name == null || name.isEmpty()) {
      return "Cluster link name is empty";
    }
    if (name.equals(".") || name.equals("..")) {
      return "Link name cannot be \".\" or \"..\"";
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "Link name exceeds maximum size of '" + MAX_NAME_LENGTH + "' characters";
    }
    if (!TopicRules.legalChars(name)) {
      return "Link name '" + TopicRules.abbreviate(name) + "' is illegal, valid characters: [a-zA-Z0-9._-]";
    }
    return null;
  }

  /**
   * The id of a link that none was given for: derived from the cluster and the link's name, so the
   * same link always gets the same id (no example needs to mark it volatile).
   */
  public static String derivedClusterLinkId(String clusterId, String linkName) {
    UUID uuid = UUID.nameUUIDFromBytes((clusterId + "/" + linkName).getBytes(StandardCharsets.UTF_8));
    ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** The UUID form of a cluster link id (Kafka's base64url of 16 bytes), or null when it is not one. */
  public static String linkId(String clusterLinkId) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(clusterLinkId);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (bytes.length != 16) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong()).toString();
  }
}
