package io.github.umbracomgmt.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

import io.github.umbracomgmt.client.model.Permission;
import io.github.umbracomgmt.error.ProblemDetails;
import io.github.umbracomgmt.error.UmbracoApiException;
import io.github.umbracomgmt.error.UmbracoNotification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime hints an AOT-processed or native application gets from the starter, as AOT
 * processing collects them: every {@code RuntimeHintsRegistrar} of
 * {@code META-INF/spring/aot.factories} on the class path.
 *
 * <p>
 * The model types are listed here from the compiled classes' directory, independently of
 * the registrar's class path scan, and their Jackson annotations are read again, so a
 * renamed or added model needs no change here.
 */
class UmbracoManagementRuntimeHintsTests {

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	private static final RuntimeHints hints = hints(true);

	@Test
	void registeredForAotProcessing() {
		assertThat(AotServices.factories(getClass().getClassLoader()).load(RuntimeHintsRegistrar.class))
			.anyMatch(UmbracoManagementRuntimeHints.class::isInstance);
	}

	@Test
	void theOperationsOfEveryClientInterfaceCanBeReadByTheGeneratedImplementations() {
		for (io.github.umbracomgmt.client.UmbracoClientType client : io.github.umbracomgmt.client.UmbracoClientTypes.ALL) {
			assertThat(reflection.onType(client.type())).accepts(hints);
		}
		assertThat(reflection.onType(io.github.umbracomgmt.client.UmbracoUserOperations.class)).accepts(hints);
	}

	@Test
	void everyModelTypeIsBound() throws Exception {
		List<Class<?>> models = modelTypes();
		assertThat(models).hasSizeGreaterThan(100);
		assertThat(models).allMatch((type) -> reflection.onType(type).test(hints), "has a reflection hint");
		for (Class<?> model : models) {
			if (model.isRecord()) {
				assertThat(reflection.onType(model).withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
					.accepts(hints);
				for (RecordComponent component : model.getRecordComponents()) {
					assertThat(reflection.onMethodInvocation(component.getAccessor())).accepts(hints);
				}
			}
		}
	}

	@Test
	void everyShapeOfAPolymorphicModelAndItsFallbackIsBound() throws Exception {
		List<Class<?>> polymorphic = modelTypes().stream()
			.filter((type) -> type.isAnnotationPresent(JsonSubTypes.class))
			.toList();
		assertThat(polymorphic).as("Permission and the reference responses at least").hasSizeGreaterThanOrEqualTo(2);
		for (Class<?> type : polymorphic) {
			List<Class<?>> shapes = new ArrayList<>();
			for (JsonSubTypes.Type subType : type.getAnnotation(JsonSubTypes.class).value()) {
				shapes.add(subType.value());
			}
			shapes.add(type.getAnnotation(JsonTypeInfo.class).defaultImpl());
			for (Class<?> shape : shapes) {
				assertThat(reflection.onType(shape).withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
					.as("%s of %s", shape.getName(), type.getName())
					.accepts(hints);
			}
		}
		assertThat(reflection.onType(Permission.UnknownType.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
	}

	@Test
	void theOpenSetEnumCreatorsCanBeInvoked() throws Exception {
		List<Method> creators = new ArrayList<>();
		for (Class<?> type : modelTypes()) {
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(JsonCreator.class)) {
					creators.add(method);
				}
			}
		}
		assertThat(creators).as("RuntimeLevel.of, UserState.of, ...").hasSizeGreaterThan(10);
		assertThat(creators).allMatch((creator) -> reflection.onMethodInvocation(creator).test(hints),
				"can be invoked");
	}

	@Test
	void whatTheErrorMappingBindsPrivatelyIsBoundAndNothingElseOfThatPackage() throws Exception {
		assertThat(reflection.onConstructorInvocation(ProblemDetails.class.getConstructor(String.class, String.class,
				Integer.class, String.class, String.class, String.class, java.util.Map.class)))
			.accepts(hints);
		assertThat(reflection.onType(UmbracoNotification.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(reflection.onType(UmbracoApiException.class)).rejects(hints);
	}

	@Test
	void springAloneWouldMissThem() {
		RuntimeHints springOnly = hints(false);
		assertThat(reflection.onType(Permission.UnknownType.class)).rejects(springOnly);
	}

	/**
	 * The hints of every registrar that AOT processing would run, with or without the
	 * starter's.
	 */
	private static RuntimeHints hints(boolean withStarter) {
		ClassLoader classLoader = UmbracoManagementRuntimeHintsTests.class.getClassLoader();
		RuntimeHints hints = new RuntimeHints();
		for (RuntimeHintsRegistrar registrar : AotServices.factories(classLoader).load(RuntimeHintsRegistrar.class)) {
			if (withStarter || !(registrar instanceof UmbracoManagementRuntimeHints)) {
				registrar.registerHints(hints, classLoader);
			}
		}
		return hints;
	}

	/** The model classes, read from the directory they were compiled to. */
	private static List<Class<?>> modelTypes() throws IOException, URISyntaxException, ClassNotFoundException {
		Path directory = Path.of(Permission.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.resolve(Permission.class.getPackageName().replace('.', '/'));
		List<Class<?>> types = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".class") && !name.equals("package-info.class")) {
					types.add(Class.forName(Permission.class.getPackageName() + "."
							+ name.substring(0, name.length() - ".class".length())));
				}
			}
		}
		return types;
	}

}
