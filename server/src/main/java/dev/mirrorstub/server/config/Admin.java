package dev.mirrorstub.server.config;

/**
 * The stub's own admin API ({@code openapi/admin.yaml} under {@code /__admin}): off unless
 * {@code enabled} (or {@code --admin}); its bearer {@code token}, which is none of the API's
 * credentials; {@code allow_remote} lets it run on a non-loopback address; {@code journal} bounds
 * the request journal it keeps while it is on.
 */
public record Admin(Boolean enabled, String token, Boolean allowRemote, Journal journal) {

  /** The token of the embedded configuration and of a configuration that gives none: published, so local only. */
  public static final String DEFAULT_TOKEN = "stub-admin-token";
  public static final Admin DEFAULT = new Admin(null, null, null, null);

  public Admin {
    enabled = enabled != null && enabled;
    token = token == null ? DEFAULT_TOKEN : token;
    allowRemote = allowRemote != null && allowRemote;
    journal = journal == null ? Journal.DEFAULT : journal;
    ConfigChecks.requireText(token, "admin.token");
  }

  /** The same settings, switched on or off. */
  public Admin withEnabled(boolean on) {
    return new Admin(on, token, allowRemote, journal);
  }

  /** The same settings, with a non-loopback address allowed or not. */
  public Admin withAllowRemote(boolean allow) {
    return new Admin(enabled, token, allow, journal);
  }

  @Override
  public String toString() {
    // Never print the token, even by accident in a log line.
    return "Admin[enabled=" + enabled + ", token=***, allow_remote=" + allowRemote + ", journal=" + journal + "]";
  }

  /**
   * The request journal: the last {@code max_entries} requests (the oldest dropped), each body
   * kept up to {@code max_body_bytes}.
   */
  public record Journal(Integer maxEntries, Integer maxBodyBytes) {
    public static final Journal DEFAULT = new Journal(null, null);

    public Journal {
      maxEntries = maxEntries == null ? 1000 : maxEntries;
      maxBodyBytes = maxBodyBytes == null ? 65_536 : maxBodyBytes;
      if (maxEntries < 1) {
        throw new IllegalArgumentException("admin.journal.max_entries must be at least 1");
      }
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("admin.journal.max_body_bytes must be at least 1");
      }
    }
  }
}
