package io.github.umbracomgmt.client;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.http.UmbracoCalls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request line of every typed operation that takes a date-time, an array or an
 * enumerated parameter, as the starter's typed clients write it (their generated
 * implementations; {@link GeneratedClientsTests} holds the proxy factory, for
 * applications' own interfaces, to the same requests): date-times as ISO-8601 with
 * offset, arrays as a repeated key, enumerations by their wire value, under a JVM locale
 * whose default formats would differ. The cases come from the generated clients; the
 * requests are captured before they leave the WebClient.
 */
class ParameterFormattingTests {

	private static final OffsetDateTime WHEN = OffsetDateTime.of(2025, 5, 1, 13, 45, 0, 0, ZoneOffset.ofHours(2));

	private static final UUID FIRST = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");

	private static final UUID SECOND = UUID.fromString("1c1d2e3f-0000-4000-8000-000000000002");

	private Locale defaultLocale;

	private final AtomicReference<URI> sent = new AtomicReference<>();

	private UmbracoCalls calls;

	@BeforeEach
	void captureRequestsUnderAForeignLocale() {
		this.defaultLocale = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
		WebClient webClient = WebClient.builder().baseUrl("http://umbraco.invalid").exchangeFunction((request) -> {
			this.sent.set(request.url());
			return Mono.error(new IllegalStateException("captured"));
		}).build();
		this.calls = new UmbracoCalls(webClient);
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(this.defaultLocale);
	}

	@Test
	void everyDateTimeArrayAndEnumerationParameterIsWrittenAsAspNetCoreBindsIt() throws Exception {
		List<String> checked = new ArrayList<>();
		for (UmbracoClientType client : UmbracoClientTypes.ALL) {
			Object typed = this.calls.client(client.type());
			for (Method method : client.type().getMethods()) {
				if (method.getAnnotation(UmbracoOperation.class) == null || !takesFormattedParameter(method)) {
					continue;
				}
				List<String> expected = new ArrayList<>();
				Object[] args = arguments(method, expected);
				this.sent.set(null);
				((Mono<?>) method.invoke(typed, args)).onErrorResume((ex) -> Mono.empty()).block();
				URI uri = this.sent.get();
				assertThat(uri).as("request of %s", method).isNotNull();
				assertThat(uri.getRawQuery()).as("query of %s", method).doesNotContain("+", " ");
				assertThat(decodedQuery(uri)).as("query of %s", method).containsAll(expected);
				checked.add(method.getName());
			}
		}
		assertThat(checked).as("operations with such a parameter").isNotEmpty();
		assertThat(checked).contains("getDocumentByIdAuditLogPage");
	}

	private static boolean takesFormattedParameter(Method method) {
		for (Parameter parameter : method.getParameters()) {
			if ((parameter.isAnnotationPresent(RequestParam.class) || parameter.isAnnotationPresent(PathVariable.class))
					&& formatted(parameter.getParameterizedType())) {
				return true;
			}
		}
		return false;
	}

	private static boolean formatted(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return true;
		}
		return type == OffsetDateTime.class || isEnumeration(type);
	}

	private static boolean isEnumeration(Type type) {
		return type instanceof Class<?> cls && cls.isRecord() && cls.getPackageName().endsWith(".client.model")
				&& cls.getRecordComponents().length == 1 && cls.getRecordComponents()[0].getName().equals("value");
	}

	private static Object[] arguments(Method method, List<String> expected) throws Exception {
		Parameter[] parameters = method.getParameters();
		Object[] args = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			RequestParam query = parameters[i].getAnnotation(RequestParam.class);
			String name = (query != null) ? query.name() : null;
			Type type = parameters[i].getParameterizedType();
			if (query == null) {
				args[i] = (parameters[i].isAnnotationPresent(PathVariable.class)) ? sample(type, 0) : null;
			}
			else if (type instanceof ParameterizedType list) {
				Type item = list.getActualTypeArguments()[0];
				args[i] = List.of(sample(item, 0), sample(item, 1));
				expected.add(name + "=" + wire(sample(item, 0)));
				expected.add(name + "=" + wire(sample(item, 1)));
			}
			else {
				args[i] = sample(type, 0);
				if (formatted(type)) {
					expected.add(name + "=" + wire(args[i]));
				}
			}
		}
		return args;
	}

	private static Object sample(Type type, int index) throws Exception {
		if (type == UUID.class) {
			return (index == 0) ? FIRST : SECOND;
		}
		if (type == OffsetDateTime.class) {
			return WHEN.plusDays(index);
		}
		if (type == Integer.class) {
			return 1000 + index;
		}
		if (type == Boolean.class) {
			return Boolean.TRUE;
		}
		if (isEnumeration(type)) {
			Class<?> cls = (Class<?>) type;
			return cls.getMethod("of", String.class).invoke(null, (index == 0) ? "Some Value" : "Other");
		}
		return "text" + index;
	}

	/**
	 * What ASP.NET Core binds: ISO-8601 with offset, a wire value, a UUID's canonical
	 * form.
	 */
	private static String wire(Object value) {
		if (value instanceof OffsetDateTime dateTime) {
			return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d+02:00", dateTime.getYear(),
					dateTime.getMonthValue(), dateTime.getDayOfMonth(), dateTime.getHour(), dateTime.getMinute(),
					dateTime.getSecond());
		}
		if (value != null && isEnumeration(value.getClass())) {
			return ((Record) value).toString();
		}
		return String.valueOf(value);
	}

	private static List<String> decodedQuery(URI uri) {
		List<String> pairs = new ArrayList<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				pairs.add(URLDecoder.decode(pair, StandardCharsets.UTF_8));
			}
		}
		return pairs;
	}

}
