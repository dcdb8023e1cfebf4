package dev.mirrorstub.server;

import dev.mirrorstub.server.api.ApiOperations;
import dev.mirrorstub.server.api.BooleanParamConverters;
import dev.mirrorstub.server.api.EnumParamConverters;
import dev.mirrorstub.server.api.JsonMapperResolver;
import dev.mirrorstub.server.api.MirrorsResource;
import dev.mirrorstub.server.api.TopicsResource;
import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.adminapi.AdminApplication;
import dev.mirrorstub.server.adminapi.AdminPaths;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.docs.AdminSpecResource;
import dev.mirrorstub.server.docs.DocsResource;
import dev.mirrorstub.server.domain.MirrorService;
import dev.mirrorstub.server.errors.BodyReadFailures;
import dev.mirrorstub.server.errors.ErrorMapper;
import dev.mirrorstub.server.errors.WebExceptionMapper;
import dev.mirrorstub.server.faults.FaultFilter;
import dev.mirrorstub.server.faults.FaultInjector;
import dev.mirrorstub.server.faults.OperationRoutes;
import dev.mirrorstub.server.filters.BodyLimitFilter;
import dev.mirrorstub.server.filters.ContentTypeFilter;
import dev.mirrorstub.server.filters.DocumentedMethodsFilter;
import dev.mirrorstub.server.security.AuthenticationFilter;
import dev.mirrorstub.server.security.ClusterScopeFilter;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The one place where the application (everything inside Jersey) is wired; {@code main} and the
 * tests boot the same thing. Filters run in their priority order: security, then the request's
 * shape (body size, content type, documented methods), then the resource and the domain.
 */
public final class StubApplication {

  private StubApplication() {
  }

  public static ResourceConfig create(StubConfig config, MirrorService mirrors) {
    return create(config, mirrors, DocsResource::isPublic, false);
  }

  private static ResourceConfig create(StubConfig config, MirrorService mirrors, BiPredicate<String, String> isPublic,
      boolean withAdmin) {
    ResourceConfig rc = new ResourceConfig();
    // Explicit registration only: no classpath scanning, no auto-discovered Jackson mappers, no
    // META-INF/services providers (looking them up cost about a fifth of the start-up).
    rc.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
    rc.property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
    rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    rc.property(ServerProperties.BV_FEATURE_DISABLE, true);
    rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    // Jersey's checks of the resource model (5 % of the main thread's start-up) run in
    // ResourceModelTest, once per build, instead of at every start.
    rc.property(ServerProperties.RESOURCE_VALIDATION_DISABLE, true);
    rc.register(JacksonFeature.withoutExceptionMappers());
    rc.register(JsonMapperResolver.class);
    rc.register(new EnumParamConverters());
    rc.register(new BooleanParamConverters());

    rc.register(new AuthenticationFilter(config.credentials(), isPublic));
    rc.register(new ClusterScopeFilter());
    rc.register(new BodyLimitFilter(config.limits().maxBodyBytes()));
    rc.register(new ContentTypeFilter());
    rc.register(new DocumentedMethodsFilter());

    rc.register(new AbstractBinder() {
      @Override
      protected void configure() {
        bind(mirrors).to(MirrorService.class);
      }
    });
    rc.register(MirrorsResource.class);
    rc.register(TopicsResource.class);
    rc.property(DocsResource.WITH_ADMIN, withAdmin);
    rc.register(DocsResource.class);

    rc.register(new BodyReadFailures());
    rc.register(new ErrorMapper());
    rc.register(new WebExceptionMapper());
    return rc;
  }

  /**
   * The application with the admin API ({@code /__admin}, openapi/admin.yaml), steered by {@code admin}:
   * its back end, its faults (the fault filter is on) and its journal. The API's authentication leaves
   * the admin paths to the admin's token; {@code /admin.yaml} is published beside {@code /openapi.yaml}.
   */
  public static ResourceConfig create(StubAdmin admin, OperationRoutes routes) {
    ResourceConfig rc = create(admin.config(), admin.mirrors(),
        (method, path) -> DocsResource.isPublic(method, path) || AdminSpecResource.isPublic(method, path)
            || AdminPaths.isAdmin(path), true);
    // Faults and their call count are for API calls: not the admin's, nor the documents'.
    rc.register(new FaultFilter(admin.faults(), routes, path -> AdminPaths.isAdmin(path)
        || DocsResource.isPublic("GET", path) || AdminSpecResource.isPublic("GET", path)));
    rc.register(AdminSpecResource.class);
    AdminApplication.addTo(rc, admin);
    return rc;
  }

  /**
   * The same application with fault injection: only tests call this, never {@code main}, so the
   * default run mode has no fault filter at all.
   */
  public static ResourceConfig create(StubConfig config, MirrorService mirrors, FaultInjector faults) {
    return create(config, mirrors).register(new FaultFilter(Objects.requireNonNull(faults, "faults"),
        OperationRoutes.of(ApiOperations.interfaces())));
  }
}
