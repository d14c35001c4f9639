package io.github.umbracomgmt.http;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
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
import io.github.umbracomgmt.error.UmbracoDecodingException;

/**
 * The exchange adapter behind the HTTP interface clients of an application's own (the
 * starter's clients are generated implementations, see {@link UmbracoCalls}):
 * {@link WebClientAdapter} over the authenticated {@code umbracoWebClient}, so callers
 * handle one exception hierarchy, as with the starter's clients:
 * <ul>
 * <li>response bodies that cannot be decoded become
 * {@link io.github.umbracomgmt.error.UmbracoDecodingException};</li>
 * <li>a 404 without ProblemDetails to an operation ({@link UmbracoOperation}) the
 * server's version does not have becomes
 * {@link io.github.umbracomgmt.error.UmbracoUnsupportedOperationException}.</li>
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

	private final UmbracoCalls calls;

	private UmbracoExchangeAdapter(HttpExchangeAdapter delegate, UmbracoCalls calls) {
		super(delegate);
		this.calls = calls;
	}

	/**
	 * A proxy factory for HTTP interface clients of the Management API.
	 * @param webClient the authenticated WebClient
	 * @return the factory
	 */
	public static HttpServiceProxyFactory proxyFactory(WebClient webClient) {
		return proxyFactory(new UmbracoCalls(webClient));
	}

	/**
	 * A proxy factory for HTTP interface clients of the Management API, whose clients
	 * share the server version that the starter's clients learn.
	 * @param calls the calls of the starter's clients over the authenticated WebClient
	 * @return the factory
	 */
	public static HttpServiceProxyFactory proxyFactory(UmbracoCalls calls) {
		return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(calls.webClient()))
			.conversionService(conversionService())
			.httpRequestValuesProcessor((method, parameters, arguments, builder) -> {
				UmbracoOperation operation = method.getAnnotation(UmbracoOperation.class);
				if (operation != null) {
					builder.addAttribute(OPERATION_ATTRIBUTE, operation);
				}
			})
			.exchangeAdapterDecorator((delegate) -> new UmbracoExchangeAdapter(delegate, calls))
			.build();
	}

	/**
	 * How the typed clients write query and path parameters, independent of the JVM's
	 * locale: date-times as ISO-8601 with offset ({@code 2025-05-01T13:45:00+02:00}),
	 * open-set enumerations by their wire value, everything else as Spring's default
	 * conversion does. Collections are sent as a repeated key ({@code id=a&id=b}).
	 * @return the conversion service
	 */
	public static ConversionService conversionService() {
		DefaultConversionService conversion = new DefaultConversionService();
		conversion.addConverter(OffsetDateTime.class, String.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
		return conversion;
	}

	private static @Nullable String path(HttpRequestValues values) {
		return (values.getUri() != null) ? values.getUri().getRawPath() : values.getUriTemplate();
	}

	private static UmbracoDecodingException decoding(HttpRequestValues values, Throwable ex) {
		return new UmbracoDecodingException(values.getHttpMethod(), path(values), ex);
	}

	private <T> Mono<T> explained(Mono<T> call, HttpRequestValues values, boolean decodes) {
		return this.calls.explained(call, values.getHttpMethod(), path(values),
				values.getAttributes().get(OPERATION_ATTRIBUTE), decodes);
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
