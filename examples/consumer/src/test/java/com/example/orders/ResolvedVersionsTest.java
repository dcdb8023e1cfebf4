package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Maven resolved for this project from the README's dependencies alone: one Jackson and one
 * Jersey. Mixed versions (jackson-annotations 2.19 beside jackson-databind 2.23) compile, then fail
 * at run time with NoClassDefFoundError.
 */
class ResolvedVersionsTest {

  private static final Pattern JAR = Pattern.compile("(jackson-[a-z0-9-]+?|jersey-[a-z0-9-]+?)-(\\d+\\.\\d+)(\\.\\d+)?\\.jar");

  @Test
  void testClasspath_holdsOneJacksonAndOneJersey() {
    Map<String, Set<String>> versions = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Matcher m = JAR.matcher(new File(entry).getName());
      if (m.matches()) {
        String family = m.group(1).startsWith("jackson") ? "jackson" : "jersey";
        // Jackson's annotations jar carries major.minor only (2.23), its other jars major.minor.patch.
        String version = family.equals("jackson") ? m.group(2) : m.group(2) + m.group(3);
        versions.computeIfAbsent(family, f -> new TreeSet<>()).add(m.group(1) + " " + version);
      }
    }
    assertFalse(versions.getOrDefault("jackson", Set.of()).isEmpty(), "no Jackson jar found on " + versions);
    assertFalse(versions.getOrDefault("jersey", Set.of()).isEmpty(), "no Jersey jar found on " + versions);
    versions.forEach((family, jars) -> assertEquals(1,
        jars.stream().map(j -> j.substring(j.indexOf(' ') + 1)).distinct().count(),
        family + " versions differ: " + jars));
  }
}
