package io.rayonne.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rayonne.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The actuator over HTTP: health for anyone, its parts and the metrics for administrators only. */
class ActuatorIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anyoneReadsTheStatusOnlyAnAdministratorItsParts() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonNode summary = json.readTree(anonymous.body());
        assertThat(summary.path("status").asText()).isEqualTo("UP");
        assertThat(summary.has("components")).isFalse();

        JsonNode detailed =
                json.readTree(get("/actuator/health", "admin", ADMIN_PASSWORD).body());
        assertThat(detailed.at("/components/elasticsearch/status").asText()).isEqualTo("UP");
        assertThat(detailed.at("/components/elasticsearch/details/status").asText())
                .isEqualTo("green");
        assertThat(detailed.at("/components/mail/status").asText()).isEqualTo("UP");
        assertThat(detailed.at("/components/mail/details/mode").asText()).isEqualTo("outbox");

        assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreForAdministrators() throws Exception {
        assertThat(get("/actuator/metrics", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "camille", DEMO_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/metrics", "admin", "pas-le-bon").statusCode()).isEqualTo(401);

        HttpResponse<String> metrics = get("/actuator/metrics", "admin", ADMIN_PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(json.readTree(metrics.body()).path("names").toString())
                .contains("\"rayonne.search\"", "\"rayonne.search.elasticsearch\"", "\"http.server.requests\"");

        String scraped = get("/actuator/prometheus", "admin", ADMIN_PASSWORD).body();
        assertThat(scraped).contains("rayonne_search_seconds_count", "application=\"rayonne\"");
        // Basic authentication makes no session: a scraper leaves nothing behind.
        assertThat(get("/actuator/metrics", "admin", ADMIN_PASSWORD).headers().firstValue("Set-Cookie"))
                .isEmpty();
    }

    private HttpResponse<String> get(String path, String login, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
