package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static io.github.umbracomgmt.test.UmbracoHttp.TOKEN_PATH;
import static io.github.umbracomgmt.test.UmbracoHttp.basic;
import static io.github.umbracomgmt.test.UmbracoHttp.form;
import static io.github.umbracomgmt.test.UmbracoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = AutoConfigureUmbracoTestServerTests.EmptyConfig.class,
		properties = "umbraco.management.base-url=http://overridden.invalid")
@AutoConfigureUmbracoTestServer(clientId = "umbraco-back-office-spring", clientSecret = "sp+ing/s3cret=&%",
		tokenLifetimeSeconds = 120, version = "17.3")
class AutoConfigureUmbracoTestServerTests {

	@Autowired
	private UmbracoTestServer server;

	@Autowired
	private Environment environment;

	@Value("${umbraco.management.base-url}")
	private String baseUrl;

	@Test
	void injectsTheRunningServer() {
		assertThat(this.server.clientId()).isEqualTo("umbraco-back-office-spring");
		assertThat(new UmbracoHttp(this.server).get("/umbraco/management/api/v1/server/status", null).statusCode())
			.isEqualTo(200);
	}

	@Test
	void pointsTheConnectionPropertiesAtTheServerAheadOfOtherSources() {
		assertThat(this.baseUrl).isEqualTo(this.server.baseUrl());
		assertThat(this.environment.getProperty("umbraco.management.client-id"))
			.isEqualTo("umbraco-back-office-spring");
		assertThat(this.environment.getProperty("umbraco.management.client-secret")).isEqualTo("sp+ing/s3cret=&%");
	}

	@Test
	void issuesTokensForTheConfiguredClientAndLifetime() {
		HttpResponse<String> response = new UmbracoHttp(this.server).postForm(TOKEN_PATH,
				form("grant_type", "client_credentials"),
				basic(this.environment.getProperty("umbraco.management.client-id"),
						this.environment.getProperty("umbraco.management.client-secret")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("expires_in").asLong()).isEqualTo(120);
	}

	@Test
	void behavesAsTheConfiguredVersion() {
		assertThat(this.server.version()).isEqualTo("17.3.0");
	}

	@Nested
	class NestedTests {

		@Autowired
		private UmbracoTestServer nestedServer;

		@Test
		void sharesTheEnclosingClassServer() {
			assertThat(this.nestedServer).isSameAs(AutoConfigureUmbracoTestServerTests.this.server);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfig {

	}

}
