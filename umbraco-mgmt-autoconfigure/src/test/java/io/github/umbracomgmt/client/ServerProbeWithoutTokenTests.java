package io.github.umbracomgmt.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The status probe asks Umbraco's anonymous status endpoint without a token, so it
 * answers while no token can be had (wrong secret, site installing).
 */
class ServerProbeWithoutTokenTests {

	private final UmbracoTestServer server = UmbracoTestServer.start();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void tellsWhetherTheSiteRunsWithoutRequestingAToken() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(UmbracoManagementAutoConfiguration.class))
			.withPropertyValues("umbraco.management.base-url=" + this.server.baseUrl(),
					"umbraco.management.client-id=" + this.server.clientId(), "umbraco.management.client-secret=wrong")
			.run((context) -> {
				UmbracoServerProbe probe = context.getBean(UmbracoServerProbe.class);
				assertThat(probe.isRunning().block()).isTrue();
				this.server.setServerStatus("Install");
				assertThat(probe.isRunning().block()).isFalse();
				assertThat(this.server.tokenRequests()).isZero();
				assertThat(this.server.requests().get(0).header("Authorization")).isEmpty();
				assertThatExceptionOfType(UmbracoAuthenticationException.class)
					.isThrownBy(() -> probe.version().block());
			});
	}

}
