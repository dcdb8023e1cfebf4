package dev.mirrorstub.client;

import dev.mirrorstub.client.generated.invoker.ApiException;
import dev.mirrorstub.client.generated.model.CreateMirrorTopicRequestData;
import dev.mirrorstub.client.generated.model.ErrorResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How {@link ResilientMirrorClient} reads a failure; its Javadoc explains why. */
final class RetryRules {

  private static final Pattern ALREADY_EXISTS = Pattern.compile("Topic '(.*)' already exists\\.");
  private static final String LINK_NOT_FOUND = "The cluster link doesn't exist";

  private RetryRules() {
  }

  /** 429, 5xx but 501, or no answer because of an I/O error (not, say, a body that cannot be serialized). */
  static boolean isRetriable(ApiException e) {
    return e.getCode() == 0 ? ioCause(e) != null : MirrorApiErrors.isRetriable(e);
  }

  /** A 5xx, or an I/O error after a connection was made; not 429 and not a refused or unroutable connection. */
  static boolean mayHaveBeenProcessed(ApiException e) {
    if (e.getCode() >= 500) {
      return true;
    }
    Throwable io = ioCause(e);
    return e.getCode() == 0 && io != null && !(io instanceof ConnectException
        || io instanceof UnknownHostException || io instanceof NoRouteToHostException);
  }

  static boolean createdByThisRequest(ApiException e, CreateMirrorTopicRequestData request) {
    if (e.getCode() != 400) {
      return false;
    }
    ErrorResponse error = MirrorApiErrors.error(e).orElse(null);
    if (error == null || !Objects.equals(error.getErrorCode(), 40002) || error.getMessage() == null) {
      return false;
    }
    Matcher m = ALREADY_EXISTS.matcher(error.getMessage());
    if (!m.matches()) {
      return false;
    }
    String name = m.group(1);
    return request.getMirrorTopicName() != null ? name.equals(request.getMirrorTopicName())
        : request.getSourceTopicName() != null && name.endsWith(request.getSourceTopicName());
  }

  /** 400 / 40002 {@code Cluster link '<linkName>' already exists.} */
  static boolean linkAlreadyExists(ApiException e, String linkName) {
    ErrorResponse error = e.getCode() == 400 ? MirrorApiErrors.error(e).orElse(null) : null;
    return error != null && Objects.equals(error.getErrorCode(), 40002)
        && ("Cluster link '" + linkName + "' already exists.").equals(error.getMessage());
  }

  /** 404 {@code The cluster link doesn't exist: ...} (not the cluster's 404). */
  static boolean linkNotFound(ApiException e) {
    ErrorResponse error = e.getCode() == 404 ? MirrorApiErrors.error(e).orElse(null) : null;
    return error != null && error.getMessage() != null && error.getMessage().startsWith(LINK_NOT_FOUND);
  }

  /** 404 / 40403, Kafka's unknown topic (the cluster's 404 has error_code 404). */
  static boolean topicNotFound(ApiException e) {
    return e.getCode() == 404 && MirrorApiErrors.errorCode(e).filter(code -> code == 40403).isPresent();
  }

  private static Throwable ioCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException) {
        return t;
      }
    }
    return null;
  }
}
