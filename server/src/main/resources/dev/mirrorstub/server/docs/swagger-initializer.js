// Swagger UI for the stub's own spec (/openapi.yaml, relative to /docs).
//
// The spec names other servers: the stub's default address (http://localhost:8082) and, on
// createKafkaMirrorTopic's path, Confluent Cloud's placeholder host. /openapi.yaml is served exactly
// as written; the page shows (and "Try it out" uses) the stub that serves it, wherever it runs: the
// plugin replaces the servers of the document that Swagger UI renders, the request interceptor
// catches any request still aimed elsewhere.
function ThisStubAsTheServer() {
  var here = { url: window.location.origin, description: "This stub server" };
  function withThisServer(spec) {
    if (!spec || typeof spec !== "object" || !spec.paths) {
      return spec;
    }
    var copy = JSON.parse(JSON.stringify(spec));
    copy.servers = [here];
    Object.keys(copy.paths).forEach(function (path) {
      var item = copy.paths[path];
      if (!item || typeof item !== "object") {
        return;
      }
      delete item.servers;
      Object.keys(item).forEach(function (key) {
        if (item[key] && typeof item[key] === "object") {
          delete item[key].servers;
        }
      });
    });
    return copy;
  }
  return {
    statePlugins: {
      spec: {
        wrapActions: {
          updateJsonSpec: function (original) {
            return function (spec) {
              return original(withThisServer(spec));
            };
          }
        }
      }
    }
  };
}

window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "openapi.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    displayOperationId: true,
    // The default validator is a third-party service; the spec is linted in CI instead.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [ThisStubAsTheServer],
    layout: "BaseLayout",
    requestInterceptor: function (request) {
      var target = new URL(request.url, window.location.href);
      if (target.origin !== window.location.origin && target.pathname.indexOf("/kafka/") === 0) {
        request.url = window.location.origin + target.pathname + target.search;
      }
      return request;
    }
  });
};
