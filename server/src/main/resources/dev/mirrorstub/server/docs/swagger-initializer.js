// Swagger UI for the stub's spec (/openapi.yaml, relative to /docs) and, with the admin API on, its own
// admin API (/admin.yaml).
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

// The documents this server publishes (docs/documents.json): openapi.yaml, and admin.yaml when the
// admin API is on. One document: the plain page, as it has always been. Two: Swagger UI's top bar with a
// selector (its standalone preset, loaded only then).
function start(documents) {
  var options = {
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
      if (target.origin !== window.location.origin
          && (target.pathname.indexOf("/kafka/") === 0 || target.pathname.indexOf("/__admin") === 0)) {
        request.url = window.location.origin + target.pathname + target.search;
      }
      return request;
    }
  };
  if (documents.length < 2) {
    options.url = documents.length === 1 ? documents[0].url : "openapi.yaml";
    window.ui = SwaggerUIBundle(options);
    return;
  }
  var preset = document.createElement("script");
  preset.src = "docs/swagger-ui-standalone-preset.js";
  preset.onload = function () {
    options.urls = documents;
    options["urls.primaryName"] = documents[0].name;
    options.presets.push(SwaggerUIStandalonePreset);
    options.layout = "StandaloneLayout";
    window.ui = SwaggerUIBundle(options);
  };
  document.body.appendChild(preset);
}

window.onload = function () {
  fetch("docs/documents.json")
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(start);
};
