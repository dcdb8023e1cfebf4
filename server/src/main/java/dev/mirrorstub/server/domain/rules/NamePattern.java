package dev.mirrorstub.server.domain.rules;

import static dev.mirrorstub.server.domain.MirrorException.badRequest;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A client's {@code mirror_topic_name_pattern}, at a bounded cost. {@code java.util.regex}
 * backtracks: {@code ((a+)+)+$} against a 240-character name runs for hours, a long literal costs
 * quadratic time to compile, and a hundred nested {@code (?:...)*} overflow the stack while
 * matching. The match runs under the cluster's lock, so one such request would stall every request
 * on the cluster. Hence: at most {@link #MAX_CHARS} characters, and one request's matching may read
 * at most {@link #MAX_READS} characters of names in all; past either, or on a stack overflow, the
 * request is refused (400 / 400) before anything changed. Not thread-safe: one per request.
 */
public final class NamePattern {

  public static final int MAX_CHARS = 1_000;
  public static final long MAX_READS = 20_000_000L;

  private final Pattern pattern;
  private final String source;
  private long reads;

  private NamePattern(Pattern pattern, String source) {
    this.pattern = pattern;
    this.source = source;
  }

  /** The compiled pattern, or 400 / 400 when it is too long or does not compile. */
  public static NamePattern compile(String source) {
    if (source.length() > MAX_CHARS) {
      throw badRequest(400, "Payload error. mirror_topic_name_pattern has " + source.length()
          + " characters; at most " + MAX_CHARS + " are accepted.");
    }
    try {
      return new NamePattern(Pattern.compile(source), source);
    } catch (PatternSyntaxException e) {
      throw badRequest(400, "Payload error. Invalid mirror_topic_name_pattern '" + TopicRules.abbreviate(source)
          + "': " + e.getDescription() + " near index " + e.getIndex());
    }
  }

  /** Whether the whole name matches; 400 / 400 once this request's matching has cost too much. */
  public boolean matches(String name) {
    try {
      return pattern.matcher(new Counted(name)).matches();
    } catch (OverBudget | StackOverflowError e) {
      throw badRequest(400, "Payload error. mirror_topic_name_pattern '" + TopicRules.abbreviate(source)
          + "' is too costly to match; use a simpler pattern or mirror_topic_names.");
    }
  }

  /** The name as the matcher reads it, one count per character read. */
  private final class Counted implements CharSequence {
    private final String text;

    Counted(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      if (++reads > MAX_READS) {
        throw new OverBudget();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Counted(text.substring(start, end));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Thrown deep in the matcher's recursion: no stack trace to fill. */
  private static final class OverBudget extends RuntimeException {
    OverBudget() {
      super(null, null, false, false);
    }
  }
}
