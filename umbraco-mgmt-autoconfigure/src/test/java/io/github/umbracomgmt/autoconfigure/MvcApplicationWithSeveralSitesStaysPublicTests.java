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
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.site.UmbracoSites;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A servlet (MVC) application whose endpoints were public stays public when the starter
 * is added with the default site and two named ones, and its blocking handlers can call
 * each site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = MvcApplicationWithSeveralSitesStaysPublicTests.App.class,
		properties = "spring.main.web-application-type=servlet")
class MvcApplicationWithSeveralSitesStaysPublicTests {

	static final UmbracoTestServer main = UmbracoTestServer.start();

	static final UmbracoTestServer blog = UmbracoTestServer.builder()
		.clientId("umbraco-back-office-blog")
		.clientSecret("blog-secret")
		.start();

	static final UmbracoTestServer shop = UmbracoTestServer.builder()
		.clientId("umbraco-back-office-shop")
		.clientSecret("shop-secret")
		.start();

	@DynamicPropertySource
	static void umbraco(DynamicPropertyRegistry registry) {
		site(registry, "umbraco.management", main);
		site(registry, "umbraco.management.sites.blog", blog);
		site(registry, "umbraco.management.sites.shop", shop);
		blog.users().setCurrent("Blog API", "blog@example.com");
		shop.users().setCurrent("Shop API", "shop@example.com");
	}

	private static void site(DynamicPropertyRegistry registry, String prefix, UmbracoTestServer server) {
		registry.add(prefix + ".base-url", server::baseUrl);
		registry.add(prefix + ".client-id", server::clientId);
		registry.add(prefix + ".client-secret", server::clientSecret);
	}

	@AfterAll
	static void stop() {
		main.close();
		blog.close();
		shop.close();
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
	void noSiteAddsWhatSpringSecurityWouldAdopt() {
		assertThat(this.context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ReactiveClientRegistrationRepository.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(OAuth2AuthorizedClientService.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(OAuth2AuthorizedClientManager.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ReactiveOAuth2AuthorizedClientManager.class)).isEmpty();
	}

	@Test
	void blockingHandlersCanCallEachSite() throws Exception {
		assertThat(get("/sites/default/me").body()).isEqualTo(main.users().current().getName());
		assertThat(get("/sites/blog/me").body()).isEqualTo("Blog API");
		assertThat(get("/sites/shop/me").body()).isEqualTo("Shop API");
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

		private final UmbracoSites sites;

		Endpoints(UmbracoSites sites) {
			this.sites = sites;
		}

		@GetMapping("/hello")
		String hello() {
			return "hello";
		}

		@GetMapping("/sites/{site}/me")
		String me(@PathVariable String site) {
			return this.sites.site(site).client(UmbracoUserClient.class).getCurrentUser().block().name();
		}

	}

}
