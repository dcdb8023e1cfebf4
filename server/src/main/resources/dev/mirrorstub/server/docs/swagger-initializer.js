// Swagger UI for the stub's own spec (/openapi.yaml, relative to /docs).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "openapi.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    displayOperationId: true,
    // The default validator is a third-party service; the spec is linted in CI instead.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    // The spec names other servers: the stub's default address (http://localhost:8082) and, on
    // createKafkaMirrorTopic, Confluent Cloud. The spec is served exactly as written, so "Try it
    // out" is pointed at the stub that serves this page here, wherever it runs.
    requestInterceptor: function (request) {
      var target = new URL(request.url, window.location.href);
      if (target.origin !== window.location.origin && target.pathname.indexOf("/kafka/") === 0) {
        request.url = window.location.origin + target.pathname + target.search;
      }
      return request;
    }
  });
};
