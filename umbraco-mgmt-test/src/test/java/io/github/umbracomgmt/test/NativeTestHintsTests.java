package io.github.umbracomgmt.test;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a native test (GraalVM, {@code nativeTest}) of an application needs from the test
 * kit is covered by the hints AOT processing collects: Spring instantiates
 * {@code @AutoConfigureUmbracoTestServer}'s customizer factory from
 * {@code META-INF/spring.factories}, and Spring's own registrar makes that work in a
 * native image. The fake itself binds no type by reflection (it reads and writes JSON
 * trees), so it needs no hint of its own.
 */
class NativeTestHintsTests {

	@Test
	void theContextCustomizerFactoryCanBeInstantiatedInANativeImage() {
		ClassLoader classLoader = getClass().getClassLoader();
		RuntimeHints hints = new RuntimeHints();
		AotServices.factories(classLoader)
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, classLoader));

		assertThat(RuntimeHintsPredicates.reflection()
			.onType(UmbracoTestServerContextCustomizerFactory.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/spring.factories")).accepts(hints);
	}

}
