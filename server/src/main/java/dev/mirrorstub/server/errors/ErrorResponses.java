package dev.mirrorstub.server.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mirrorstub.server.generated.model.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that writes error answers: the spec's Error body ({@code {"error_code", "message"}},
 * from the generated model) and Jetty's 429 page. Each comes as a JAX-RS {@link Response} for
 * Jersey, or as {@link Raw} bytes for the JDK handlers that answer before Jersey runs.
 */
public final class ErrorResponses {

  private static final String HTML = "text/html;charset=utf-8";
  private static final Map<String, String> TOO_MANY_REQUESTS_HEADERS = Map.of(
      "Cache-Control", "must-revalidate,no-cache,no-store",
      "DoSFilter", "unavailable");
  /** The generated model has fields the spec's Error does not use: only the set ones are written. */
  private static final ObjectWriter JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build()
      .writerFor(ErrorResponse.class);

  private ErrorResponses() {
  }

  /** An answer written on the JDK's exchange directly: status, headers (Content-Type included) and body. */
  public record Raw(int status, Map<String, String> headers, byte[] body) {
  }

  public static Response response(RestException e) {
    Response.ResponseBuilder answer = Response.status(e.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body(e));
    e.headers().forEach(answer::header);
    return answer.build();
  }

  public static Raw raw(RestException e) {
    Map<String, String> headers = new LinkedHashMap<>(e.headers());
    headers.put("Content-Type", MediaType.APPLICATION_JSON);
    try {
      return new Raw(e.status(), headers, JSON.writeValueAsBytes(body(e)));
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** Jetty's 429 as Kafka REST's DoSFilter sends it; {@code rawPath} is quoted on the page. */
  public static Response tooManyRequests(String rawPath) {
    Response.ResponseBuilder answer = Response.status(429)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .entity(tooManyRequestsPage(rawPath));
    TOO_MANY_REQUESTS_HEADERS.forEach(answer::header);
    return answer.build();
  }

  public static Raw rawTooManyRequests(String rawPath) {
    Map<String, String> headers = new LinkedHashMap<>(TOO_MANY_REQUESTS_HEADERS);
    headers.put("Content-Type", HTML);
    return new Raw(429, headers, tooManyRequestsPage(rawPath).getBytes(StandardCharsets.UTF_8));
  }

  /** Jetty's error page, as the seed's 429 example shows it. */
  public static String tooManyRequestsPage(String uri) {
    return "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
        + "<title>Error 429 Too Many Requests</title>\n</head>\n<body><h2>HTTP ERROR 429 Too Many Requests</h2>\n"
        + "<table>\n<tr><th>URI:</th><td>" + escape(uri) + "</td></tr>\n"
        + "<tr><th>STATUS:</th><td>429</td></tr>\n"
        + "<tr><th>MESSAGE:</th><td>Too Many Requests</td></tr>\n"
        + "<tr><th>SERVLET:</th><td>default</td></tr>\n"
        + "</table>\n\n</body>\n</html>\n";
  }

  private static ErrorResponse body(RestException e) {
    return new ErrorResponse().errorCode(e.errorCode()).message(e.getMessage());
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
