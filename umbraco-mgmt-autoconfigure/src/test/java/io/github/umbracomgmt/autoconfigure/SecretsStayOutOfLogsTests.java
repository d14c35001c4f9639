package io.github.umbracomgmt.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.test.RecordedRequest;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A full application at {@code logging.level.root=DEBUG}: neither the client secret nor
 * any access token may show up in what it prints or in exception messages, whatever
 * happens (token issued, token revoked and replaced, errors, revocation at shutdown).
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTests {

	private static final String SECRET = "Sup3r+Secr3t/=&%Value";

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.builder().clientSecret(SECRET).start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void neitherSecretNorTokenAppearsAtDebug(CapturedOutput output) {
		List<String> messages = new ArrayList<>();
		for (String method : List.of("client-secret-post", "client-secret-basic")) {
			try (ConfigurableApplicationContext context = application(method, SECRET)) {
				UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
				users.getCurrentUser().block();
				this.server.revokeAllTokens();
				users.getCurrentUser().block();
				try {
					users.getUser(java.util.UUID.randomUUID()).block();
				}
				catch (UmbracoException ex) {
					messages.add(ex.getMessage());
				}
			}
		}
		try (ConfigurableApplicationContext context = application("client-secret-post", SECRET + "x")) {
			assertThatExceptionOfType(UmbracoException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
				.satisfies((ex) -> messages.add(ex.getMessage()));
		}
		List<String> tokens = issuedTokens();
		assertThat(tokens).hasSizeGreaterThanOrEqualTo(4);
		assertThat(output.getAll()).as("the run logged at DEBUG").contains("DEBUG");
		assertThat(output.getAll()).contains("Obtained an Umbraco access token");
		assertThat(this.server.revocations()).isEqualTo(2);
		for (String sensitive : sensitiveValues(tokens)) {
			assertThat(output.getAll()).doesNotContain(sensitive);
			assertThat(messages).allSatisfy((message) -> assertThat(message).doesNotContain(sensitive));
		}
	}

	private List<String> sensitiveValues(List<String> tokens) {
		List<String> values = new ArrayList<>(tokens);
		values.add(SECRET);
		values.add(java.net.URLEncoder.encode(SECRET, java.nio.charset.StandardCharsets.UTF_8));
		return values;
	}

	/**
	 * Every access token the server handed out, read from the Authorization headers it
	 * saw.
	 */
	private List<String> issuedTokens() {
		return this.server.requests()
			.stream()
			.map(RecordedRequest::headers)
			.flatMap((headers) -> headers.entrySet().stream())
			.filter((entry) -> entry.getKey().equalsIgnoreCase("authorization"))
			.flatMap((entry) -> entry.getValue().stream())
			.filter((value) -> value.startsWith("Bearer "))
			.map((value) -> value.substring("Bearer ".length()))
			.distinct()
			.toList();
	}

	private ConfigurableApplicationContext application(String method, String secret) {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.run("--logging.level.root=DEBUG", "--spring.http.codecs.log-request-details=true",
					"--umbraco.management.base-url=" + this.server.baseUrl(),
					"--umbraco.management.client-id=" + this.server.clientId(),
					"--umbraco.management.client-secret=" + secret,
					"--umbraco.management.client-authentication-method=" + method);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
