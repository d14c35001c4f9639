package io.github.umbracomgmt.http;

import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.codec.CodecException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.service.invoker.ReactorHttpExchangeAdapterDecorator;

import io.github.umbracomgmt.error.UmbracoDecodingException;

/**
 * The exchange adapter behind the HTTP interface clients: {@link WebClientAdapter} over the authenticated
 * {@code umbracoWebClient}, with response bodies that cannot be decoded turned into {@link UmbracoDecodingException},
 * so callers of the typed clients handle one exception hierarchy.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoExchangeAdapter extends ReactorHttpExchangeAdapterDecorator {

	private UmbracoExchangeAdapter(HttpExchangeAdapter delegate) {
		super(delegate);
	}

	/**
	 * A proxy factory for HTTP interface clients of the Management API.
	 * @param webClient the authenticated WebClient
	 * @return the factory
	 */
	public static HttpServiceProxyFactory proxyFactory(WebClient webClient) {
		return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(webClient))
			.exchangeAdapterDecorator(UmbracoExchangeAdapter::new)
			.build();
	}

	private static Function<Throwable, Throwable> decoding(HttpRequestValues values) {
		return (ex) -> new UmbracoDecodingException(values.getHttpMethod(),
				(values.getUri() != null) ? values.getUri().getRawPath() : values.getUriTemplate(), ex);
	}

	@Override
	public <T> Mono<T> exchangeForBodyMono(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		return super.exchangeForBodyMono(values, bodyType).onErrorMap(CodecException.class, decoding(values));
	}

	@Override
	public <T> Flux<T> exchangeForBodyFlux(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
		return super.exchangeForBodyFlux(values, bodyType).onErrorMap(CodecException.class, decoding(values));
	}

	@Override
	public <T> Mono<ResponseEntity<T>> exchangeForEntityMono(HttpRequestValues values,
			ParameterizedTypeReference<T> bodyType) {
		return super.exchangeForEntityMono(values, bodyType).onErrorMap(CodecException.class, decoding(values));
	}

	@Override
	public <T> Mono<ResponseEntity<Flux<T>>> exchangeForEntityFlux(HttpRequestValues values,
			ParameterizedTypeReference<T> bodyType) {
		return super.exchangeForEntityFlux(values, bodyType)
			.map((entity) -> ResponseEntity.status(entity.getStatusCode())
				.headers(entity.getHeaders())
				.body((entity.getBody() != null)
						? entity.getBody().onErrorMap(CodecException.class, decoding(values)) : Flux.<T>empty()));
	}

}
