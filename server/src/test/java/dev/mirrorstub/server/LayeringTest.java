package dev.mirrorstub.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server's layers, from the entry points down: the root package (Main, StubServer,
 * StubApplication) wires everything; transport runs below Jersey; security, filters, api, docs,
 * faults and adminapi (the admin API's HTTP face) run inside it; admin steers the stub for both of
 * its faces and knows nothing of HTTP; errors is the one error format; the domain holds the rules and
 * the state, and knows nothing of HTTP; config is read by all. Nothing imports upward.
 */
@AnalyzeClasses(packages = "dev.mirrorstub.server", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule domain_knowsNoHttp = noClasses().that().resideInAPackage("..server.domain..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish..",
          "com.sun.net.httpserver..", "com.fasterxml.jackson.databind..", "..server.generated..",
          "..server.transport..", "..server.errors..", "..server.api..", "..server.security..",
          "..server.filters..", "..server.docs..", "..server.faults..")
      .because("the rules live in the domain, which a back end of any kind can implement");

  @ArchTest
  static final ArchRule admin_knowsNoHttp = noClasses().that().resideInAPackage("..server.admin..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish..",
          "com.sun.net.httpserver..", "com.fasterxml.jackson..", "..server.generated..", "..server.transport..",
          "..server.errors..", "..server.api..", "..server.adminapi..", "..server.security..", "..server.filters..",
          "..server.docs..")
      .because("the admin's Java API is what the JUnit extension calls, without a server");

  @ArchTest
  static final ArchRule transport_knowsNoApplication = noClasses().that().resideInAPackage("..server.transport..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish.jersey..",
          "..server.generated..", "..server.api..", "..server.domain..", "..server.security..",
          "..server.filters..", "..server.docs..", "..server.faults..")
      .because("transport runs below Jersey: it passes requests on without knowing what they mean");

  @ArchTest
  static final ArchRule layers_areOnlyUsedFromAbove = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("Root").definedBy("dev.mirrorstub.server")
      .layer("Transport").definedBy("..server.transport..")
      .layer("Security").definedBy("..server.security..")
      .layer("Filters").definedBy("..server.filters..")
      .layer("Api").definedBy("..server.api..")
      .layer("Docs").definedBy("..server.docs..")
      .layer("Faults").definedBy("..server.faults..")
      .layer("AdminApi").definedBy("..server.adminapi..")
      .layer("Admin").definedBy("..server.admin..")
      .layer("Errors").definedBy("..server.errors..")
      .layer("Domain").definedBy("..server.domain..")
      .layer("Generated").definedBy("..server.generated..")
      .layer("Config").definedBy("..server.config..")
      .whereLayer("Root").mayNotBeAccessedByAnyLayer()
      .whereLayer("Transport").mayOnlyBeAccessedByLayers("Root")
      .whereLayer("Security").mayOnlyBeAccessedByLayers("Root")
      .whereLayer("Filters").mayOnlyBeAccessedByLayers("Root")
      .whereLayer("Api").mayOnlyBeAccessedByLayers("Root")
      .whereLayer("Docs").mayOnlyBeAccessedByLayers("Root")
      .whereLayer("Faults").mayOnlyBeAccessedByLayers("Root", "Admin", "AdminApi")
      .whereLayer("AdminApi").mayOnlyBeAccessedByLayers("Root")
      .whereLayer("Admin").mayOnlyBeAccessedByLayers("Root", "AdminApi")
      .whereLayer("Errors").mayOnlyBeAccessedByLayers("Root", "Transport", "Security", "Filters", "Api", "Docs",
          "Faults", "AdminApi")
      .whereLayer("Domain").mayOnlyBeAccessedByLayers("Root", "Api", "Errors", "Faults", "Admin", "AdminApi")
      .whereLayer("Generated").mayOnlyBeAccessedByLayers("Api", "Errors", "AdminApi")
      .whereLayer("Config").mayOnlyBeAccessedByLayers("Root", "Transport", "Security", "Domain", "Admin", "AdminApi");
}
