import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Bare baseline (b): Jersey 4 on Grizzly with one POST resource that reads the body and answers
 * 204; no JSON, no authentication, no filters. Needs the classpath of scripts/bench/pom.xml.
 */
public final class JerseyGrizzlyBaseline {

  @Path("/kafka/v3/clusters/{cluster_id}/links/{link_name}/mirrors")
  public static final class Mirrors {
    @POST
    public Response create(@PathParam("cluster_id") String cluster, @PathParam("link_name") String link, String body) {
      return Response.noContent().build();
    }
  }

  public static void main(String[] args) throws Exception {
    ResourceConfig rc = new ResourceConfig(Mirrors.class);
    HttpServer http = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + args[0] + "/"), rc);
    System.out.println("Jersey+Grizzly baseline listening on " + http.getListener("grizzly").getPort());
    Thread.currentThread().join();
  }
}
