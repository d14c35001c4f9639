package io.github.umbracomgmt.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A servlet (MVC) application whose endpoints were public stays public when the starter
 * is added, and its blocking handlers can call Umbraco.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = MvcApplicationStaysPublicTests.App.class, properties = "spring.main.web-application-type=servlet")
class MvcApplicationStaysPublicTests {

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
	private Environment environment;

	@Autowired
	private ApplicationContext context;

	@Test
	void ownEndpointsNeedNoCredentials() throws Exception {
		HttpResponse<String> response = get("/hello");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("hello");
	}

	@Test
	void noSecurityFilterChainIsAdded() {
		assertThat(this.context.containsBean("springSecurityFilterChain")).isFalse();
		assertThat(this.context.getBeanNamesForType(org.springframework.security.web.SecurityFilterChain.class))
			.isEmpty();
	}

	@Test
	void blockingHandlersCanCallUmbraco() throws Exception {
		HttpResponse<String> response = get("/me");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(server.users().current().getName());
	}

	private HttpResponse<String> get(String path) throws Exception {
		String port = this.environment.getProperty("local.server.port");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(Endpoints.class)
	static class App {

	}

	@RestController
	static class Endpoints {

		private final UmbracoUserClient users;

		Endpoints(UmbracoUserClient users) {
			this.users = users;
		}

		@GetMapping("/hello")
		String hello() {
			return "hello";
		}

		@GetMapping("/me")
		String me() {
			return this.users.getCurrentUser().block().name();
		}

	}

}
