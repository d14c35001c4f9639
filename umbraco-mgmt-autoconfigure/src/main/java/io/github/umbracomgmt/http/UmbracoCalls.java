package io.github.umbracomgmt.http;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.codec.CodecException;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.client.UmbracoClientType;
import io.github.umbracomgmt.client.UmbracoClientTypes;
import io.github.umbracomgmt.client.UmbracoOperation;
import io.github.umbracomgmt.client.UmbracoVersion;
import io.github.umbracomgmt.client.model.ServerInformationResponse;
import io.github.umbracomgmt.error.UmbracoDecodingException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.error.UmbracoUnsupportedOperationException;

/**
 * Sends the operations of the starter's typed clients over a site's authenticated
 * WebClient. The clients of {@link UmbracoClientTypes#ALL} are implemented by generated
 * classes that call it directly, one method per operation, where an HTTP interface proxy
 * would resolve each call's arguments by reflection and copy them into request values
 * first: on the hot path of every call, that costs more CPU and allocation than the
 * starter's own filters (issue #10 measured about 3.5 KB and 5 to 10% of throughput). The
 * requests are the ones {@link UmbracoExchangeAdapter#proxyFactory(WebClient) the proxy
 * factory} would send for the same interface, down to the encoding of every parameter,
 * and failures are explained the same way:
 * <ul>
 * <li>a response body that cannot be decoded becomes
 * {@link UmbracoDecodingException};</li>
 * <li>a 404 without ProblemDetails to an operation the server's version does not have
 * becomes {@link UmbracoUnsupportedOperationException}. The server's version is asked for
 * once per instance, the first time such a 404 needs it, and kept: a successful call
 * never costs an extra request.</li>
 * </ul>
 *
 * @author umbraco-mgmt
 */
public final class UmbracoCalls {

	private static final String SERVER_INFORMATION_PATH = "/umbraco/management/api/v1/server/information";

	private static final ConversionService CONVERSION = UmbracoExchangeAdapter.conversionService();

	private static final Map<Class<?>, UmbracoClientType> CLIENT_TYPES = UmbracoClientTypes.ALL.stream()
		.collect(Collectors.toUnmodifiableMap(UmbracoClientType::type, Function.identity()));

	private final WebClient webClient;

	private final Mono<UmbracoVersion> serverVersion;

	/**
	 * Creates an instance over a site's WebClient.
	 * @param webClient the authenticated WebClient of the site's Management API
	 */
	public UmbracoCalls(WebClient webClient) {
		Assert.notNull(webClient, "webClient must not be null");
		this.webClient = webClient;
		this.serverVersion = serverVersion(webClient);
	}

	/**
	 * The WebClient the calls go through.
	 * @return the authenticated WebClient
	 */
	public WebClient webClient() {
		return this.webClient;
	}

	/**
	 * Whether a type is one of the starter's clients, which {@link #client(Class)}
	 * creates.
	 * @param type any type
	 * @return whether {@link UmbracoClientTypes#ALL} lists it
	 */
	public static boolean isClientType(Class<?> type) {
		return CLIENT_TYPES.containsKey(type);
	}

	/**
	 * A new instance of the generated implementation of one of the starter's clients.
	 * @param <T> the client type
	 * @param type one of the types of {@link UmbracoClientTypes#ALL}, e.g.
	 * {@code UmbracoDocumentClient}
	 * @return the client
	 * @throws IllegalArgumentException if the type is not one of the starter's clients
	 */
	public <T> T client(Class<T> type) {
		UmbracoClientType client = CLIENT_TYPES.get(type);
		Assert.isTrue(client != null,
				() -> type.getName() + " is not one of the starter's clients "
						+ "(UmbracoClientTypes.ALL). For an HTTP interface of the application's own, call "
						+ "UmbracoSite.client(type) or umbracoHttpServiceProxyFactory.createClient(type)");
		return type.cast(client.implementation().apply(this));
	}

	/**
	 * Starts a call of one operation; the generated implementations add its arguments and
	 * end it with the way its response is read.
	 * @param method the operation's HTTP method
	 * @param operation the operation, sent as the request attribute
	 * {@link UmbracoExchangeAdapter#OPERATION_ATTRIBUTE}
	 * @param uriTemplate the operation's path, with its path variables as {@code {name}}
	 * @return the call
	 */
	public Call call(HttpMethod method, UmbracoOperation operation, String uriTemplate) {
		return new Call(method, operation, uriTemplate);
	}

	/**
	 * The {@link UmbracoOperation} annotations of an interface's methods, by method name:
	 * the generated implementations read them once, so their requests carry the same
	 * operation attribute as a proxy's.
	 * @param type a client interface
	 * @return the operations by method name
	 * @throws IllegalStateException if two annotated methods share a name
	 */
	public static Map<String, UmbracoOperation> operations(Class<?> type) {
		Map<String, UmbracoOperation> operations = new HashMap<>();
		for (Method method : type.getMethods()) {
			UmbracoOperation operation = method.getAnnotation(UmbracoOperation.class);
			if (operation != null && operations.put(method.getName(), operation) != null) {
				throw new IllegalStateException(
						"Two operations of " + type.getName() + " are named " + method.getName());
			}
		}
		return operations;
	}

	/**
	 * One operation of {@link #operations(Class)}.
	 * @param operations the operations by method name
	 * @param method the method's name
	 * @return the operation
	 * @throws IllegalStateException if there is none of that name
	 */
	public static UmbracoOperation operation(Map<String, UmbracoOperation> operations, String method) {
		UmbracoOperation operation = operations.get(method);
		if (operation == null) {
			throw new IllegalStateException("No operation is named " + method);
		}
		return operation;
	}

	/**
	 * The server's version, fetched on first subscription and kept; a failure is not
	 * kept, so a later call retries.
	 */
	private static Mono<UmbracoVersion> serverVersion(WebClient webClient) {
		return Mono
			.defer(() -> webClient.get()
				.uri(SERVER_INFORMATION_PATH)
				.retrieve()
				.bodyToMono(ServerInformationResponse.class)
				.map((information) -> UmbracoVersion.parse(information.version())))
			.cache((version) -> Duration.ofMillis(Long.MAX_VALUE), (ex) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/**
	 * The call with its failures explained: a body that cannot be decoded (when
	 * {@code decodes}), and a 404 to an operation of a known version range. One error
	 * operator for both, since it is on every call, and none for a call that decodes
	 * nothing of an operation the starter does not know. The operation's version range is
	 * read only when a call failed: each member of an annotation is a reflective proxy
	 * call.
	 */
	<T> Mono<T> explained(Mono<T> call, @Nullable HttpMethod method, @Nullable String uriTemplate,
			@Nullable Object operation, boolean decodes) {
		if (!decodes && !(operation instanceof UmbracoOperation)) {
			return call;
		}
		return call.onErrorResume((ex) -> {
			if (decodes && ex instanceof CodecException) {
				return Mono.error(new UmbracoDecodingException(method, uriTemplate, ex));
			}
			if (ex instanceof UmbracoNotFoundException notFound) {
				UmbracoOperation known = versionRange(operation);
				if (known != null) {
					return unsupported(known, notFound);
				}
			}
			return Mono.error(ex);
		});
	}

	/**
	 * The operation, if it is one with a version range ({@code since} or
	 * {@code removed}), whose 404 may mean the server's version does not have it.
	 */
	private static @Nullable UmbracoOperation versionRange(@Nullable Object operation) {
		return (operation instanceof UmbracoOperation candidate
				&& !(candidate.since().isEmpty() && candidate.removed().isEmpty())) ? candidate : null;
	}

	private <T> Mono<T> unsupported(UmbracoOperation operation, UmbracoNotFoundException notFound) {
		if (notFound.getProblemDetails() != null || notFound instanceof UmbracoUnsupportedOperationException) {
			return Mono.error(notFound);
		}
		// a server whose version cannot be learned keeps the plain 404
		return this.serverVersion.onErrorResume((ex) -> Mono.empty())
			.flatMap((server) -> Mono.<T>error(server.has(operation) ? notFound
					: new UmbracoUnsupportedOperationException(notFound, operation.id(), operation.since(),
							operation.removed(), server.toString())))
			.switchIfEmpty(Mono.error(notFound));
	}

	/**
	 * How the typed clients write a path or query parameter: as
	 * {@link UmbracoExchangeAdapter#conversionService()} converts it, whatever the JVM's
	 * locale.
	 */
	private static String format(Object value) {
		String formatted = CONVERSION.convert(value, String.class);
		return (formatted != null) ? formatted : "";
	}

	/**
	 * One call of an operation, built by a generated client method and sent when the
	 * returned {@code Mono} is subscribed. Not thread-safe; not for reuse.
	 */
	public final class Call {

		private final HttpMethod method;

		private final UmbracoOperation operation;

		private final String uriTemplate;

		private @Nullable Map<String, Object> variables;

		private @Nullable StringBuilder queryTemplate;

		private int queryValues;

		private MediaType accept = MediaType.APPLICATION_JSON;

		private @Nullable Object body;

		private @Nullable MediaType contentType;

		private @Nullable MultipartBodyBuilder parts;

		private Call(HttpMethod method, UmbracoOperation operation, String uriTemplate) {
			this.method = method;
			this.operation = operation;
			this.uriTemplate = uriTemplate;
		}

		private Map<String, Object> variables() {
			if (this.variables == null) {
				this.variables = new LinkedHashMap<>();
			}
			return this.variables;
		}

		/**
		 * A path variable of the URI template.
		 * @param name the variable's name in the template
		 * @param value its value, encoded strictly when the URI is expanded
		 * @return this call
		 */
		public Call path(String name, Object value) {
			Assert.notNull(value, () -> "Path variable '" + name + "' must not be null");
			variables().put(name, format(value));
			return this;
		}

		/**
		 * A query parameter: left out when {@code null}; a collection is sent as a
		 * repeated key ({@code id=a&id=b}). The value is a template variable, so it is
		 * encoded strictly ({@code +} in a date-time's offset becomes {@code %2B}), as an
		 * HTTP interface proxy does; the name stays in the URI template, so the template
		 * that observations and meters are tagged with says which parameters a request
		 * had ({@code /umbraco/management/api/v1/user?skip={query.0}}).
		 * @param name the parameter's name, a plain name as in the OpenAPI document
		 * @param value its value, or {@code null}
		 * @return this call
		 */
		public Call query(String name, @Nullable Object value) {
			if (value instanceof Iterable<?> values) {
				for (Object item : values) {
					if (item != null) {
						addQuery(name, item);
					}
				}
			}
			else if (value != null) {
				addQuery(name, value);
			}
			return this;
		}

		private void addQuery(String name, Object value) {
			int index = this.queryValues++;
			StringBuilder template = this.queryTemplate;
			if (template == null) {
				template = new StringBuilder(this.uriTemplate.length() + 64).append(this.uriTemplate).append('?');
				this.queryTemplate = template;
			}
			else {
				template.append('&');
			}
			String variable = "query." + index;
			template.append(name).append("={").append(variable).append('}');
			variables().put(variable, format(value));
		}

		/**
		 * The media type the response is accepted in, {@code application/json} unless
		 * set.
		 * @param accept the media type
		 * @return this call
		 */
		public Call accept(MediaType accept) {
			this.accept = accept;
			return this;
		}

		/**
		 * The request body, written as JSON.
		 * @param body the body
		 * @return this call
		 */
		public Call body(Object body) {
			Assert.notNull(body, "Request body must not be null");
			this.body = body;
			return this;
		}

		/**
		 * The request body, written in the given media type.
		 * @param body the body
		 * @param contentType the media type, e.g. {@code application/json-patch+json}
		 * @return this call
		 */
		public Call body(Object body, MediaType contentType) {
			body(body);
			this.contentType = contentType;
			return this;
		}

		/**
		 * A part of a {@code multipart/form-data} body.
		 * @param name the part's name
		 * @param value the part: a resource (a file, with its file name) or a string
		 * @return this call
		 */
		public Call part(String name, Object value) {
			Assert.notNull(value, () -> "Request part '" + name + "' must not be null");
			if (this.parts == null) {
				this.parts = new MultipartBodyBuilder();
			}
			this.parts.part(name, value);
			return this;
		}

		/**
		 * Sends the call and decodes the response body.
		 * @param <T> the body type
		 * @param bodyType the body type
		 * @return the body
		 */
		public <T> Mono<T> retrieve(Class<T> bodyType) {
			return explained(request().retrieve().bodyToMono(bodyType), true);
		}

		/**
		 * Sends the call and decodes the response body.
		 * @param <T> the body type
		 * @param bodyType the body type
		 * @return the body
		 */
		public <T> Mono<T> retrieve(ParameterizedTypeReference<T> bodyType) {
			return explained(request().retrieve().bodyToMono(bodyType), true);
		}

		/**
		 * Sends the call and keeps the response's status and headers.
		 * @return the response without a body
		 */
		public Mono<ResponseEntity<Void>> toBodilessEntity() {
			return explained(request().retrieve().toBodilessEntity(), false);
		}

		private <T> Mono<T> explained(Mono<T> call, boolean decodes) {
			return UmbracoCalls.this.explained(call, this.method, this.uriTemplate, this.operation, decodes);
		}

		private WebClient.RequestHeadersSpec<?> request() {
			String template = (this.queryTemplate != null) ? this.queryTemplate.toString() : this.uriTemplate;
			WebClient.RequestBodySpec request = UmbracoCalls.this.webClient.method(this.method)
				.uri(template, (this.variables != null) ? this.variables : Collections.emptyMap())
				.accept(this.accept)
				.attribute(UmbracoExchangeAdapter.OPERATION_ATTRIBUTE, this.operation);
			if (this.parts != null) {
				return request.contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(this.parts.build());
			}
			if (this.body != null) {
				if (this.contentType != null) {
					request.contentType(this.contentType);
				}
				return request.bodyValue(this.body);
			}
			return request;
		}

	}

}
