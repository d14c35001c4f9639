package io.github.umbracomgmt.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import io.github.umbracomgmt.http.UmbracoCalls;
import io.github.umbracomgmt.http.UmbracoExchangeAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The generated implementations of the typed clients send, for every operation, the
 * request that an HTTP interface proxy of the same interface sends: method, URL with
 * every parameter encoded the same way, headers, body as written on the wire, and the
 * operation attribute. The interfaces' exchange annotations and the implementations are
 * written by the same generator; this holds them to each other, with an argument for
 * every parameter, in every operation.
 */
class GeneratedClientsTests {

	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private static final UUID ID = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");

	private static final OffsetDateTime WHEN = OffsetDateTime.of(2025, 5, 1, 13, 45, 0, 0, ZoneOffset.ofHours(2));

	private final AtomicReference<ClientRequest> sent = new AtomicReference<>();

	private UmbracoCalls calls;

	private HttpServiceProxyFactory proxies;

	@BeforeEach
	void captureRequests() {
		WebClient webClient = WebClient.builder().baseUrl("http://umbraco.invalid").exchangeFunction((request) -> {
			this.sent.set(request);
			return Mono.error(new IllegalStateException("captured"));
		}).build();
		this.calls = new UmbracoCalls(webClient);
		this.proxies = UmbracoExchangeAdapter.proxyFactory(this.calls);
	}

	@Test
	void everyOperationSendsTheRequestAProxyOfItsInterfaceSends() throws Exception {
		int compared = 0;
		int expected = 0;
		for (UmbracoClientType client : UmbracoClientTypes.ALL) {
			Object generated = this.calls.client(client.type());
			Object proxy = this.proxies.createClient(client.type());
			for (Method method : client.type().getMethods()) {
				UmbracoOperation operation = method.getAnnotation(UmbracoOperation.class);
				if (operation == null) {
					continue;
				}
				Object[] args = arguments(method);
				Sent fromProxy = send(method, proxy, args);
				Sent fromGenerated = send(method, generated, args);
				assertThat(fromGenerated.line()).as("request line of %s", method.getName()).isEqualTo(fromProxy.line());
				assertThat(fromGenerated.headers()).as("headers of %s", method.getName())
					.isEqualTo(fromProxy.headers());
				assertThat(fromGenerated.body()).as("body of %s", method.getName()).isEqualTo(fromProxy.body());
				assertThat(fromGenerated.operation()).as("operation attribute of %s", method.getName())
					.isEqualTo(operation);
				// observations and meters are tagged with it: the path's template, no
				// values
				HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
				assertThat(fromGenerated.uriTemplate()).as("URI template of %s", method.getName())
					.contains(exchange.url())
					.doesNotContain(ID.toString(), "2025", "text");
				compared++;
			}
			expected += client.operations();
		}
		assertThat(compared).as("operations compared").isEqualTo(expected).isGreaterThan(500);
	}

	@Test
	void theClientTypesAreImplementedWithoutProxies() {
		for (UmbracoClientType client : UmbracoClientTypes.ALL) {
			Object generated = this.calls.client(client.type());
			assertThat(generated).isInstanceOf(client.type());
			assertThat(AopUtils.isAopProxy(generated)).isFalse();
			assertThat(java.lang.reflect.Proxy.isProxyClass(generated.getClass())).isFalse();
			assertThat(Modifier.isPublic(generated.getClass().getModifiers())).as("%s is not API", generated.getClass())
				.isFalse();
		}
		assertThat(UmbracoCalls.isClientType(UmbracoUserClient.class)).isTrue();
		assertThat(UmbracoCalls.isClientType(UmbracoUserOperations.class)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> this.calls.client(UmbracoUserOperations.class))
			.withMessageContaining(UmbracoUserOperations.class.getName())
			.withMessageContaining("UmbracoSite.client(type) or umbracoHttpServiceProxyFactory.createClient(type)");
	}

	private Sent send(Method method, Object client, Object[] args) throws Exception {
		this.sent.set(null);
		((Mono<?>) method.invoke(client, args)).onErrorResume((ex) -> Mono.empty()).block();
		ClientRequest request = this.sent.get();
		assertThat(request).as("request of %s", method).isNotNull();
		MockClientHttpRequest written = new MockClientHttpRequest(request.method(), request.url());
		request.writeTo(written, ExchangeStrategies.withDefaults()).block();
		String body = written.getBodyAsString().defaultIfEmpty("").block();
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(written.getHeaders());
		MediaType contentType = headers.getContentType();
		if (contentType != null && contentType.getParameter("boundary") != null) {
			// a multipart body: each request draws a boundary of its own
			String boundary = contentType.getParameter("boundary");
			body = body.replace(boundary, "BOUNDARY");
			headers.setContentType(MediaType.MULTIPART_FORM_DATA);
			headers.remove(HttpHeaders.CONTENT_LENGTH);
		}
		Map<String, List<String>> sorted = new TreeMap<>();
		headers.forEach((name, values) -> sorted.put(name.toLowerCase(Locale.ROOT), values));
		return new Sent(request.method() + " " + request.url(), sorted.toString(), body,
				request.attribute(UmbracoExchangeAdapter.OPERATION_ATTRIBUTE).orElse(null),
				String.valueOf(request.attribute(URI_TEMPLATE_ATTRIBUTE).orElse(null)));
	}

	/** A value for every parameter: a body, path variables, every query parameter. */
	private static Object[] arguments(Method method) throws Exception {
		Type[] types = method.getGenericParameterTypes();
		Object[] args = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			args[i] = sample(types[i], 0);
		}
		return args;
	}

	private static @Nullable Object sample(Type type, int depth) throws Exception {
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			Type[] items = parameterized.getActualTypeArguments();
			if (Map.class.isAssignableFrom(raw)) {
				return Map.of("key", sample(items[1], depth + 1));
			}
			Object item = sample(items[0], depth + 1);
			return (item == null) ? List.of() : Set.class.isAssignableFrom(raw) ? Set.of(item) : List.of(item, item);
		}
		Class<?> cls = (Class<?>) type;
		if (cls == UUID.class) {
			return ID;
		}
		if (cls == String.class || cls == Object.class) {
			return "some text & more";
		}
		if (cls == Integer.class || cls == int.class) {
			return 7;
		}
		if (cls == Long.class || cls == long.class) {
			return 7L;
		}
		if (cls == Double.class || cls == double.class) {
			return 1.5;
		}
		if (cls == Float.class || cls == float.class) {
			return 1.5f;
		}
		if (cls == Boolean.class || cls == boolean.class) {
			return Boolean.TRUE;
		}
		if (cls == OffsetDateTime.class) {
			return WHEN;
		}
		if (cls == byte[].class) {
			return new byte[] { 1, 2, 3 };
		}
		if (cls == Resource.class) {
			return new ByteArrayResource(new byte[] { 1, 2, 3 }) {

				@Override
				public String getFilename() {
					return "file.txt";
				}

			};
		}
		if (depth > 4) {
			return null;
		}
		JsonSubTypes subTypes = cls.getAnnotation(JsonSubTypes.class);
		if (cls.isInterface() && subTypes != null) {
			return sample(subTypes.value()[0].value(), depth);
		}
		if (cls.isRecord()) {
			RecordComponent[] components = cls.getRecordComponents();
			if (components.length == 1 && components[0].getName().equals("value")) {
				// an open-set enumeration
				return cls.getMethod("of", String.class).invoke(null, "Some Value");
			}
			Class<?>[] componentTypes = new Class<?>[components.length];
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				componentTypes[i] = components[i].getType();
				values[i] = sample(components[i].getGenericType(), depth + 1);
			}
			Constructor<?> constructor = cls.getDeclaredConstructor(componentTypes);
			return constructor.newInstance(values);
		}
		throw new IllegalStateException("No sample for " + type);
	}

	private record Sent(String line, String headers, String body, @Nullable Object operation, String uriTemplate) {
	}

}
