package dev.mirrorstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.internal.Errors;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/**
 * The stub starts with Jersey's resource-model validation switched off (start-up time); here the
 * same application is built with it on, and Jersey finds nothing to warn about, let alone refuse.
 */
class ResourceModelTest {

  @Test
  void stubApplication_passesJerseysResourceModelValidation() {
    StubConfig config = StubConfig.embeddedDefault();
    ResourceConfig application = StubApplication.create(config, new InMemoryMirrorService(config));
    assertEquals(true, application.getProperty(ServerProperties.RESOURCE_VALIDATION_DISABLE));

    // ApplicationHandler throws ModelValidationException on a fatal issue; warnings are only logged.
    assertEquals(List.of(), issuesOf(application.property(ServerProperties.RESOURCE_VALIDATION_DISABLE, false)));
  }

  @Test
  void validation_reportsAFlawedResource() {
    List<String> issues = issuesOf(new ResourceConfig(Flawed.class));
    assertEquals(1, issues.size(), issues.toString());
    assertTrue(issues.get(0).contains("hidden"), issues.get(0));
  }

  /** A resource method that is not public: Jersey warns that it will be ignored. */
  @Path("flawed")
  public static class Flawed {
    @GET
    String hidden() {
      return "";
    }
  }

  private static List<String> issuesOf(ResourceConfig application) {
    Logger log = Logger.getLogger(Errors.class.getName());
    List<String> issues = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
          issues.add(r.getMessage());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    log.addHandler(handler);
    try {
      new ApplicationHandler(application);
    } finally {
      log.removeHandler(handler);
    }
    return issues;
  }
}
