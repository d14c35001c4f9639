package io.github.umbracomgmt.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Turns {@link AutoConfigureUmbracoTestServer} into a
 * {@link UmbracoTestServerContextCustomizer}; registered in
 * {@code META-INF/spring.factories} so the annotation works without any other test setup.
 */
class UmbracoTestServerContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		// TestContextAnnotationUtils also searches enclosing classes, so @Nested tests
		// inherit the server.
		AutoConfigureUmbracoTestServer annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureUmbracoTestServer.class);
		if (annotation == null) {
			return null;
		}
		return new UmbracoTestServerContextCustomizer(annotation.clientId(), annotation.clientSecret(),
				annotation.tokenLifetimeSeconds(), annotation.version());
	}

}
