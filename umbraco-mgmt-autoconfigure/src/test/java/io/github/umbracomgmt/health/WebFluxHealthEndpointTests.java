package io.github.umbracomgmt.health;

import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.umbracomgmt.test.UmbracoTestServer;

/**
 * The health endpoint over HTTP in a WebFlux application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = HealthEndpointTestSupport.App.class,
		properties = { "spring.main.web-application-type=reactive", "management.endpoint.health.show-details=always",
				"management.health.umbraco.cache-time-to-live=0", "management.health.redis.enabled=false" })
class WebFluxHealthEndpointTests extends HealthEndpointTestSupport {

	static final UmbracoTestServer server = UmbracoTestServer.start();

	@DynamicPropertySource
	static void umbraco(DynamicPropertyRegistry registry) {
		umbraco(registry, server);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Override
	UmbracoTestServer server() {
		return server;
	}

}
