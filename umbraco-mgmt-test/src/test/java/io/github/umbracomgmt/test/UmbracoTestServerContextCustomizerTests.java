package io.github.umbracomgmt.test;

import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UmbracoTestServerContextCustomizerTests {

	private final UmbracoTestServerContextCustomizerFactory factory = new UmbracoTestServerContextCustomizerFactory();

	@Test
	void createsNoCustomizerWithoutTheAnnotation() {
		assertThat(this.factory.createContextCustomizer(Plain.class, List.of())).isNull();
	}

	@Test
	void equalAttributesGiveEqualCustomizersSoContextsAreCached() {
		ContextCustomizer first = this.factory.createContextCustomizer(Defaults.class, List.of());
		ContextCustomizer second = this.factory.createContextCustomizer(InheritsDefaults.class, List.of());

		assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
	}

	@Test
	void differentAttributesGiveDifferentCustomizers() {
		ContextCustomizer defaults = this.factory.createContextCustomizer(Defaults.class, List.of());
		ContextCustomizer custom = this.factory.createContextCustomizer(ShortLived.class, List.of());

		assertThat(defaults).isNotEqualTo(custom);
	}

	@Test
	void customizerDoesNotPrintTheSecret() {
		ContextCustomizer customizer = this.factory.createContextCustomizer(Defaults.class, List.of());

		assertThat(customizer.toString()).doesNotContain(UmbracoTestServer.DEFAULT_CLIENT_SECRET);
	}

	@Test
	void serverStopsWhenTheContextCloses() {
		ContextCustomizer customizer = this.factory.createContextCustomizer(Defaults.class, List.of());
		UmbracoTestServer server;
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			customizer.customizeContext(context, null);
			context.refresh();
			server = context.getBean("umbracoTestServer", UmbracoTestServer.class);
			assertThat(context.getEnvironment().getProperty("umbraco.management.base-url")).isEqualTo(server.baseUrl());
		}
		UmbracoHttp http = new UmbracoHttp(server);

		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> http.get("/umbraco/management/api/v1/server/status", null));
	}

	static class Plain {

	}

	@AutoConfigureUmbracoTestServer
	static class Defaults {

	}

	static class InheritsDefaults extends Defaults {

	}

	@AutoConfigureUmbracoTestServer(tokenLifetimeSeconds = 5)
	static class ShortLived {

	}

}
