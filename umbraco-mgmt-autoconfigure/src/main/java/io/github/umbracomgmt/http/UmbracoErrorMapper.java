package io.github.umbracomgmt.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;

import io.github.umbracomgmt.error.ProblemDetails;
import io.github.umbracomgmt.error.UmbracoApiException;
import io.github.umbracomgmt.error.UmbracoNotification;

/**
 * The one place where Management API error responses become exceptions: reads Umbraco's
 * ProblemDetails (whatever the content type says) and the {@code Umb-Notifications}
 * header, and picks the {@link UmbracoApiException} subclass for the status.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoErrorMapper {

	/** Umbraco's header with the back office notifications of a request. */
	public static final String NOTIFICATIONS_HEADER = "Umb-Notifications";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final int MAX_ERROR_BODY = 256 * 1024;

	private UmbracoErrorMapper() {
	}

	/**
	 * Reads an error response into an exception; usable as a WebClient status handler.
	 * @param response the error response
	 * @return the exception to signal
	 */
	public static Mono<UmbracoApiException> toException(ClientResponse response) {
		HttpRequest request = response.request();
		HttpHeaders headers = response.headers().asHttpHeaders();
		// an unreadable, oversized or missing body still yields the exception, only
		// without ProblemDetails
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), MAX_ERROR_BODY)
			.mapNotNull(UmbracoErrorMapper::parseProblem)
			.onErrorResume((ex) -> Mono.empty())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.map((problem) -> UmbracoApiException.create(request.getMethod(), request.getURI(), response.statusCode(),
					headers, problem.orElse(null), notifications(headers)));
	}

	private static @Nullable ProblemDetails parseProblem(DataBuffer body) {
		try (InputStream in = body.asInputStream(true)) {
			return JSON.readValue(in, ProblemDetails.class);
		}
		catch (JacksonException | IOException ex) {
			return null;
		}
	}

	/**
	 * Parses Umbraco's {@code Umb-Notifications} header.
	 * @param headers response headers
	 * @return the notifications, empty when the header is absent or unreadable
	 */
	public static List<UmbracoNotification> notifications(HttpHeaders headers) {
		String value = headers.getFirst(NOTIFICATIONS_HEADER);
		if (value == null || value.isBlank()) {
			return List.of();
		}
		try {
			return List.copyOf(JSON.readValue(value, new TypeReference<List<UmbracoNotification>>() {
			}));
		}
		catch (JacksonException ex) {
			return List.of();
		}
	}

}
