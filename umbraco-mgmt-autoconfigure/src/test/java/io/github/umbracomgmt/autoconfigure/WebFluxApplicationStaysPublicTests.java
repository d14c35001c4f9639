package io.github.umbracomgmt.autoconfigure;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.test.UmbracoTestServer;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux application whose endpoints were public stays public when the starter is
 * added, and can call Umbraco from its handlers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = WebFluxApplicationStaysPublicTests.App.class,
		properties = "spring.main.web-application-type=reactive")
@AutoConfigureWebTestClient
class WebFluxApplicationStaysPublicTests {

	static final UmbracoTestServer server = UmbracoTestServer.start();

	@DynamicPropertySource
	static void umbraco(DynamicPropertyRegistry registry) {
		registry.add("umbraco.management.base-url", server::baseUrl);
		registry.add("umbraco.management.client-id", server::clientId);
		registry.add("umbraco.management.client-secret", server::clientSecret);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Autowired
	private WebTestClient client;

	@Autowired
	private ApplicationContext context;

	@Test
	void ownEndpointsNeedNoCredentials() {
		this.client.get().uri("/hello").exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("hello");
	}

	@Test
	void noSecurityFilterChainIsAdded() {
		assertThat(
				this.context.getBeanNamesForType(org.springframework.security.web.server.SecurityWebFilterChain.class))
			.isEmpty();
		assertThat(this.context.containsBean("springSecurityWebFilterChainFilter")).isFalse();
		assertThat(this.context.containsBean("springSecurityFilterChain")).isFalse();
	}

	@Test
	void handlersCanCallUmbraco() {
		this.client.get()
			.uri("/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(server.users().current().getName());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@org.springframework.context.annotation.Import(Endpoints.class)
	static class App {

	}

	@RestController
	static class Endpoints {

		private final UmbracoUserClient users;

		Endpoints(UmbracoUserClient users) {
			this.users = users;
		}

		@GetMapping("/hello")
		Mono<String> hello() {
			return Mono.just("hello");
		}

		@GetMapping("/me")
		Mono<String> me() {
			return this.users.getCurrentUser().map((user) -> user.name());
		}

	}

}
