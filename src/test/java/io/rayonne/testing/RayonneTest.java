package io.rayonne.testing;

import io.rayonne.Application;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the test run (integration and browser tests share it): the real
 * Elasticsearch of {@link TestElasticsearch}, the sample content, a known admin password, a clock
 * tests may set ({@link TestClock}).
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(TestClock.Configuration.class)
public abstract class RayonneTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String DEMO_PASSWORD = "rayonne-demo";
    public static final String WEBHOOK_USER = "mailjet";
    public static final String WEBHOOK_PASSWORD = "webhook-test-secret";

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("rayonne.elasticsearch.url", () -> TestElasticsearch.url().toString());
        registry.add("rayonne.admin.password", () -> ADMIN_PASSWORD);
        registry.add("vaadin.launch-browser", () -> "false");
        registry.add("rayonne.media.directory", () -> "target/test-media");
        registry.add("rayonne.mail.webhook.username", () -> WEBHOOK_USER);
        registry.add("rayonne.mail.webhook.password", () -> WEBHOOK_PASSWORD);
    }
}
