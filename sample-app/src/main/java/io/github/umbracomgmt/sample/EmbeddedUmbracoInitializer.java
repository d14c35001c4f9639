package io.github.umbracomgmt.sample;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import io.github.umbracomgmt.test.UmbracoTestServer;

/**
 * Demo mode: when no {@code umbraco.management.base-url} is configured anywhere
 * (application.yml, environment, command line), starts the embedded fake Umbraco on a
 * loopback port and points the starter at it. With a base URL it does nothing, and the
 * fake is never started.
 *
 * @author umbraco-mgmt
 */
class EmbeddedUmbracoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Log logger = LogFactory.getLog(EmbeddedUmbracoInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("umbraco.management.base-url"))
				|| !environment.getProperty("umbraco.management.enabled", Boolean.class, true)) {
			return;
		}
		UmbracoTestServer server = UmbracoTestServer.start();
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				server.close();
			}
		});
		logger.info("No Umbraco configured (umbraco.management.base-url is not set): using the embedded test server at "
				+ server.baseUrl() + ". Set umbraco.management.base-url, client-id and client-secret to talk to a real "
				+ "Umbraco.");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedUmbraco",
					Map.of("umbraco.management.base-url", server.baseUrl(), "umbraco.management.client-id",
							server.clientId(), "umbraco.management.client-secret", server.clientSecret())));
	}

}
