package io.github.umbracomgmt.sample;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sample end to end, as a user runs it: against a configured Umbraco (the fake, over
 * HTTP), in demo mode with nothing configured, and failing clearly.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.builder().clientSecret("an+ugly/secret=&%").start();
		this.server.users().setCurrent("Ada Lovelace", "ada@example.com");
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void greetsTheCurrentUserOfTheConfiguredUmbraco(CapturedOutput output) {
		int exitCode = SampleApplication.run("--umbraco.management.base-url=" + this.server.baseUrl(),
				"--umbraco.management.client-id=" + this.server.clientId(),
				"--umbraco.management.client-secret=an+ugly/secret=&%");
		assertThat(exitCode).isZero();
		assertThat(output.getOut()).contains("Hello, Ada Lovelace (ada@example.com)");
		assertThat(output.getAll()).doesNotContain("embedded test server");
		assertThat(this.server.tokenRequests()).isEqualTo(1);
		assertThat(this.server.apiRequests("GET", "/umbraco/management/api/v1/user/current")).isEqualTo(1);
		assertThat(this.server.revocations()).as("token revoked when the sample exits").isEqualTo(1);
	}

	@Test
	void runsAgainstTheEmbeddedServerWhenNoUmbracoIsConfigured(CapturedOutput output) {
		int exitCode = SampleApplication.run();
		assertThat(exitCode).isZero();
		assertThat(output.getAll()).contains("No Umbraco configured").contains("using the embedded test server");
		assertThat(output.getOut()).containsPattern("Hello, .+ \\(.+@.+\\)");
		assertThat(this.server.tokenRequests()).as("the configured-elsewhere server is untouched").isZero();
	}

	@Test
	void printsOneClearErrorLineAndExitsNonZeroWhenTheSecretIsWrong(CapturedOutput output) {
		int exitCode = SampleApplication.run("--umbraco.management.base-url=" + this.server.baseUrl(),
				"--umbraco.management.client-id=" + this.server.clientId(), "--umbraco.management.client-secret=wrong");
		assertThat(exitCode).isEqualTo(1);
		assertThat(output.getErr())
			.contains("Error obtaining a token: The specified client credentials are invalid. (invalid_client)");
		assertThat(output.getOut()).doesNotContain("Hello,");
	}

	@Test
	void failsAtStartupNamingTheMissingProperty(CapturedOutput output) {
		int exitCode = SampleApplication.run("--umbraco.management.base-url=" + this.server.baseUrl(),
				"--umbraco.management.client-secret=secret");
		assertThat(exitCode).isEqualTo(1);
		assertThat(output.getAll()).contains("Property: umbraco.management.client-id")
			.contains("Set umbraco.management.client-id");
	}

	@Test
	void letsAheadOfTimeProcessingStopTheApplication(CapturedOutput output) {
		// what spring-boot:process-aot does: a hook abandons the run once the context is
		// loaded
		SpringApplicationHook aotProcessing = (application) -> new SpringApplicationRunListener() {

			@Override
			public void contextLoaded(org.springframework.context.ConfigurableApplicationContext context) {
				throw new SpringApplication.AbandonedRunException(context);
			}

		};
		assertThatExceptionOfType(SpringApplication.AbandonedRunException.class)
			.isThrownBy(() -> SpringApplication.withHook(aotProcessing,
					() -> SampleApplication.run("--umbraco.management.base-url=" + this.server.baseUrl(),
							"--umbraco.management.client-id=" + this.server.clientId(),
							"--umbraco.management.client-secret=an+ugly/secret=&%")));
		assertThat(output.getOut()).doesNotContain("Hello,");
		assertThat(this.server.apiRequests()).isZero();
	}

}
