package io.github.umbracomgmt.test;

import java.time.Duration;
import java.util.LinkedHashMap;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the server for one application context. A record, so equal annotation attributes
 * give equal customizers and Spring's context cache reuses the context (and its server)
 * across test classes.
 *
 * @param clientId the API client's id
 * @param clientSecret the API client's secret
 * @param tokenLifetimeSeconds lifetime of issued tokens
 * @param version the Umbraco version to behave as, empty for the newest
 */
record UmbracoTestServerContextCustomizer(String clientId, String clientSecret, long tokenLifetimeSeconds,
		String version) implements ContextCustomizer {

	static final String BEAN_NAME = "umbracoTestServer";

	static final String PROPERTY_SOURCE_NAME = "umbracoTestServer";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		UmbracoTestServer.Builder builder = UmbracoTestServer.builder()
			.clientId(this.clientId)
			.clientSecret(this.clientSecret)
			.tokenLifetime(Duration.ofSeconds(this.tokenLifetimeSeconds));
		if (!this.version.isEmpty()) {
			builder.version(this.version);
		}
		UmbracoTestServer server = builder.start();
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, server);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			// Also runs when refresh fails, which a ContextClosedEvent listener would
			// miss.
			registry.registerDisposableBean(BEAN_NAME, server::close);
		}
		else {
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
				if (event.getApplicationContext() == context) {
					server.close();
				}
			});
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, new LinkedHashMap<>(server.properties())));
	}

	@Override
	public String toString() {
		// The secret is test data, but keep it out of context-cache logs all the same.
		return "UmbracoTestServerContextCustomizer[clientId=" + this.clientId + ", tokenLifetimeSeconds="
				+ this.tokenLifetimeSeconds + ", version=" + this.version + "]";
	}
}
