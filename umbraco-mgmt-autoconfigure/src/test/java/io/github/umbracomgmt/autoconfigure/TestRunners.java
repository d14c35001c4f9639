package io.github.umbracomgmt.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

/**
 * Context runners for the tests of this package.
 */
final class TestRunners {

	private TestRunners() {
	}

	/**
	 * The auto-configuration an application with the starter has: Boot's SSL bundles,
	 * HTTP clients and {@code WebClient.Builder}, and the starter's.
	 * @return a new runner
	 */
	static ApplicationContextRunner withBootWebClient() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, UmbracoManagementAutoConfiguration.class));
	}

}
