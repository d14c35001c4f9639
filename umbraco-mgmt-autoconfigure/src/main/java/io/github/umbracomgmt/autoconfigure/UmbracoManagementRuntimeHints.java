package io.github.umbracomgmt.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

import io.github.umbracomgmt.client.UmbracoClientType;
import io.github.umbracomgmt.client.UmbracoClientTypes;
import io.github.umbracomgmt.client.UmbracoOperation;
import io.github.umbracomgmt.client.UmbracoServerProbe;
import io.github.umbracomgmt.error.ProblemDetails;
import io.github.umbracomgmt.http.UmbracoCalls;

/**
 * The runtime hints that Spring's AOT processing cannot infer from the beans, for
 * AOT-processed and GraalVM native applications. Registered in
 * {@code META-INF/spring/aot.factories}.
 *
 * <p>
 * It cannot see:
 * <ul>
 * <li>the {@link UmbracoOperation} annotations on the client interfaces' methods, which
 * the generated implementations of the clients read when they are loaded (see
 * {@link UmbracoCalls#operations(Class)});</li>
 * <li>the shapes of a {@code $type}-polymorphic model: the types
 * {@link JsonSubTypes @JsonSubTypes} lists and the fallback type
 * ({@link JsonTypeInfo#defaultImpl()}) Jackson picks at run time;</li>
 * <li>the {@link JsonCreator @JsonCreator} factories of the open-set enum records
 * ({@code RuntimeLevel.of(String)}), which are static methods, and their
 * {@link JsonValue @JsonValue} accessors;</li>
 * <li>what the starter binds privately, outside any signature: the error mapping's
 * ProblemDetails and {@code Umb-Notifications} types (in {@link ProblemDetails}'s
 * package).</li>
 * </ul>
 * The token-response parsing needs no hint: it reads a JSON tree, binding no type.
 *
 * <p>
 * The types are found by scanning the model and error packages at build time and
 * following their Jackson annotations, so regenerated or renamed models are covered
 * without a list to keep.
 *
 * @author umbraco-mgmt
 */
class UmbracoManagementRuntimeHints implements RuntimeHintsRegistrar {

	/** The package of the generated records and open-set enums. */
	static final String MODEL_PACKAGE = ClassUtils.getPackageName(UmbracoServerProbe.class) + ".model";

	/** The package of the exceptions and the types the error mapping binds. */
	static final String ERROR_PACKAGE = ClassUtils.getPackageName(ProblemDetails.class);

	private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		ReflectionHints reflection = hints.reflection();
		for (UmbracoClientType client : UmbracoClientTypes.ALL) {
			registerMethods(reflection, client.type());
		}
		for (Class<?> type : types(MODEL_PACKAGE, classLoader)) {
			// every model record is bound by Jackson, whether or not a client signature
			// names it
			register(reflection, type);
		}
		for (Class<?> type : types(ERROR_PACKAGE, classLoader)) {
			if (isJacksonBound(type)) {
				register(reflection, type);
			}
		}
	}

	/**
	 * A client interface and the interfaces it extends, for their methods' annotations (a
	 * type's hint includes the introspection of its members).
	 */
	private static void registerMethods(ReflectionHints reflection, Class<?> type) {
		reflection.registerType(type);
		for (Class<?> parent : type.getInterfaces()) {
			registerMethods(reflection, parent);
		}
	}

	private void register(ReflectionHints reflection, Class<?> type) {
		this.bindingHints.registerReflectionHints(reflection, type);
		for (Class<?> shape : polymorphicShapes(type)) {
			this.bindingHints.registerReflectionHints(reflection, shape);
		}
		for (Executable executable : jacksonExecutables(type)) {
			if (executable instanceof Method method) {
				reflection.registerMethod(method, ExecutableMode.INVOKE);
			}
			else {
				reflection.registerConstructor((Constructor<?>) executable, ExecutableMode.INVOKE);
			}
		}
	}

	/**
	 * The types Jackson may instantiate for a {@code $type}-polymorphic type: the listed
	 * subtypes and the fallback.
	 * @param type any type
	 * @return the subtypes and the default implementation; empty when the type is not
	 * polymorphic
	 */
	static Set<Class<?>> polymorphicShapes(Class<?> type) {
		Set<Class<?>> shapes = new LinkedHashSet<>();
		JsonSubTypes subTypes = type.getAnnotation(JsonSubTypes.class);
		if (subTypes != null) {
			for (JsonSubTypes.Type subType : subTypes.value()) {
				shapes.add(subType.value());
			}
		}
		JsonTypeInfo typeInfo = type.getAnnotation(JsonTypeInfo.class);
		if (typeInfo != null && typeInfo.defaultImpl() != JsonTypeInfo.class && typeInfo.defaultImpl() != Void.class) {
			shapes.add(typeInfo.defaultImpl());
		}
		return shapes;
	}

	/**
	 * The methods and constructors Jackson calls by their annotation: creators and value
	 * accessors.
	 * @param type any type
	 * @return the {@link JsonCreator @JsonCreator} and {@link JsonValue @JsonValue}
	 * members
	 */
	static List<Executable> jacksonExecutables(Class<?> type) {
		List<Executable> executables = new ArrayList<>();
		for (Method method : type.getDeclaredMethods()) {
			if (isJacksonCalled(method)) {
				executables.add(method);
			}
		}
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (isJacksonCalled(constructor)) {
				executables.add(constructor);
			}
		}
		return executables;
	}

	private static boolean isJacksonCalled(AnnotatedElement element) {
		return element.isAnnotationPresent(JsonCreator.class) || element.isAnnotationPresent(JsonValue.class);
	}

	/**
	 * Whether a type carries Jackson annotations on itself or its creators: the error
	 * mapping binds it.
	 */
	private static boolean isJacksonBound(Class<?> type) {
		for (var annotation : type.getAnnotations()) {
			if (annotation.annotationType().getPackageName().equals(JsonCreator.class.getPackageName())) {
				return true;
			}
		}
		return !jacksonExecutables(type).isEmpty();
	}

	/**
	 * The classes of a package and its nested classes, read from the class path.
	 * @param packageName the package
	 * @param classLoader where to look
	 * @return the classes, in class-path order
	 */
	static List<Class<?>> types(String packageName, @Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		List<Class<?>> types = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(PathMatchingResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
					+ ClassUtils.convertClassNameToResourcePath(packageName) + "/*.class")) {
				String className = readers.getMetadataReader(resource).getClassMetadata().getClassName();
				if (!className.endsWith("package-info")) {
					types.add(ClassUtils.resolveClassName(className, classLoader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the classes of " + packageName, ex);
		}
		return types;
	}

}
