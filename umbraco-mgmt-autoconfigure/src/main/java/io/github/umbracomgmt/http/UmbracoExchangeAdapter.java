package io.github.umbracomgmt.http;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.codec.CodecException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.service.invoker.ReactorHttpExchangeAdapterDecorator;

import io.github.umbracomgmt.client.UmbracoOperation;
import io.github.umbracomgmt.client.UmbracoVersion;
import io.github.umbracomgmt.client.model.ServerInformationResponse;
import io.github.umbracomgmt.error.UmbracoDecodingException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.error.UmbracoUnsupportedOperationException;

/**
 * The exchange adapter behind the HTTP interface clients: {@link WebClientAdapter} over
 * the authenticated {@code umbracoWebClient}, so callers of the typed clients handle one
 * exception hierarchy:
 * <ul>
 * <li>response bodies that cannot be decoded become
 * {@link UmbracoDecodingException};</li>
 * <li>a 404 without ProblemDetails to an operation the server's version does not have
 * becomes {@link UmbracoUnsupportedOperationException}. The server's version is asked for
 * once per proxy factory, the first time such a 404 needs it, and kept: a successful call
 * never costs an extra request.</li>
 * </ul>
 * Parameters are formatted the way ASP.NET Core binds them, whatever the JVM's locale:
 * see {@link #conversionService()}.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoExchangeAdapter extends ReactorHttpExchangeAdapterDecorator {

	/**
	 * Request attribute with the {@link UmbracoOperation} of the called client method.
	 */
	public static final String OPERATION_ATTRIBUTE = UmbracoOperation.class.getName();

	private static final String SERVER_INFORMATION_PATH = "/umbraco/management/api/v1/server/information";

	private final Mono<UmbracoVersion> serverVersion;

	private UmbracoExchangeAdapter(HttpExchangeAdapter delegate, Mono<UmbracoVersion> serverVersion) {
		super(delegate);
		this.serverVersion = serverVersion;
	}

	/**
	 * A proxy factory for HTTP interface clients of the Management API.
	 * @param webClient the authenticated WebClient
	 * @return the factory
	 */
	public static HttpServiceProxyFactory proxyFactory(WebClient webClient) {
		Mono<UmbracoVersion> serverVersion = serverVersion(webClient);
		return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(webClient))
			.conversionService(conversionService())
			.httpRequestValuesProcessor((method, parameters, arguments, builder) -> {
				UmbracoOperation operation = method.getAnnotation(UmbracoOperation.class);
				if (operation != null) {
					builder.addAttribute(OPERATION_ATTRIBUTE, operation);
				}
			})
			.exchangeAdapterDecorator((delegate) -> new UmbracoExchangeAdapter(delegate, serverVersion))
			.build();
	}

	/**
	 * How the typed clients write query and path parameters, independent of the JVM's
	 * locale: date-times as ISO-8601 with offset ({@code 2025-05-01T13:45:00+02:00}),
	 * open-set enumerations by their wire value, everything else as Spring's default
	 * conversion does. Collections are sent as a repeated key ({@code id=a&id=b}) by the
	 * proxy factory.
	 * @return the conversion service
	 */
	public static ConversionService conversionService() {
		DefaultConversionService conversion = new DefaultConversionService();
		conversion.addConverter(OffsetDateTime.class, String.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
		return conversion;
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

	private static UmbracoDecodingException decoding(HttpRequestValues values, Throwable ex) {
		return new UmbracoDecodingException(values.getHttpMethod(),
				(values.getUri() != null) ? values.getUri().getRawPath() : values.getUriTemplate(), ex);
	}

	/**
	 * The call with its failures explained: a body that cannot be decoded (when
	 * {@code decodes}), and a 404 to an operation of a known version range. One error
	 * operator for both, since it is on every call.
	 */
	private <T> Mono<T> explained(Mono<T> call, HttpRequestValues values, boolean decodes) {
		Object operation = values.getAttributes().get(OPERATION_ATTRIBUTE);
		UmbracoOperation known = (operation instanceof UmbracoOperation candidate
				&& !(candidate.since().isEmpty() && candidate.removed().isEmpty())) ? candidate : null;
		if (known == null && !decodes) {
			return call;
		}
		return call.onErrorResume((ex) -> {
			if (decodes && ex instanceof CodecException) {
				return Mono.error(decoding(values, ex));
			}
			if (known != null && ex instanceof UmbracoNotFoundException notFound) {
				return unsupported(known, notFound);
			}
			return Mono.error(ex);
		});
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

	@Override
	public Mono<Void> exchangeForMono(HttpRequestValues values) {
		return explained(super.exchangeForMono(values), values, false);
	}

	@Override
	public Mono<HttpHeaders> exchangeForHeadersMono(HttpRequestValues values) {
		return explained(super.exchangeForHeadersMono(values), values, false);
	}

	@Override
	public Mono<ResponseEntity<Void>> exchangeForBodilessEntityMono(HttpRequestValues values) {
		return explained(super.exchangeForBodilessEntityMono(values), values, false);
	}

	@Override
	public <T> Mono<T> exchangeForBodyMono(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		return explained(super.exchangeForBodyMono(values, bodyType), values, true);
	}

	@Override
	public <T> Flux<T> exchangeForBodyFlux(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		return super.exchangeForBodyFlux(values, bodyType).onErrorMap(CodecException.class,
				(ex) -> decoding(values, ex));
	}

	@Override
	public <T> Mono<ResponseEntity<T>> exchangeForEntityMono(HttpRequestValues values,
			ParameterizedTypeReference<T> bodyType) {
		return explained(super.exchangeForEntityMono(values, bodyType), values, true);
	}

	@Override
	public <T> Mono<ResponseEntity<Flux<T>>> exchangeForEntityFlux(HttpRequestValues values,
			ParameterizedTypeReference<T> bodyType) {
		return explained(super.exchangeForEntityFlux(values, bodyType)
			.map((entity) -> ResponseEntity.status(entity.getStatusCode())
				.headers(entity.getHeaders())
				.body((entity.getBody() != null)
						? entity.getBody().onErrorMap(CodecException.class, (ex) -> decoding(values, ex))
						: Flux.<T>empty())),
				values, false);
	}

}
