package io.github.umbracomgmt.token;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.reactive.function.BodyExtractor;
import org.springframework.web.reactive.function.BodyExtractors;

/**
 * Reads a token endpoint response without handing it to the WebClient's codecs.
 *
 * <p>
 * Why not Spring Security's default extractor: it decodes through the JSON codec, which
 * logs every decoded body at DEBUG, access token included; and a response without
 * {@code expires_in} becomes a token that expires after one second, so a server that
 * omits it would get a token request per call. Here the body is parsed privately, and a
 * missing {@code expires_in} becomes a configured default lifetime.
 *
 * @author umbraco-mgmt
 */
final class TokenResponseBodyExtractor
		implements BodyExtractor<Mono<OAuth2AccessTokenResponse>, ReactiveHttpInputMessage> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_BODY_BYTES = 64 * 1024;

	private final Duration defaultLifetime;

	TokenResponseBodyExtractor(Duration defaultLifetime) {
		this.defaultLifetime = defaultLifetime;
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> extract(ReactiveHttpInputMessage message, Context context) {
		return DataBufferUtils.join(BodyExtractors.toDataBuffers().extract(message, context), MAX_BODY_BYTES)
			.map((buffer) -> {
				try {
					return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			})
			.defaultIfEmpty("")
			.map((body) -> parse(body, status(message)));
	}

	private static String status(ReactiveHttpInputMessage message) {
		return (message instanceof ClientHttpResponse response) ? String.valueOf(response.getStatusCode().value())
				: "unknown";
	}

	private OAuth2AccessTokenResponse parse(String body, String status) {
		@Nullable JsonNode json;
		try {
			json = body.isBlank() ? null : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			json = null;
		}
		String error = (json != null && json.isObject()) ? text(json, "error") : null;
		if (error != null) {
			throw new OAuth2AuthorizationException(
					new OAuth2Error(error, text(json, "error_description"), text(json, "error_uri")));
		}
		if (!status.startsWith("2")) {
			// not an OAuth error: say what the endpoint answered, with its
			// ProblemDetails, not a parsing complaint
			throw new OAuth2AuthorizationException(
					new OAuth2Error(status.startsWith("5") ? "server_error" : "invalid_token_response",
							"The token endpoint answered HTTP " + status + problem(json), null));
		}
		if (json == null || !json.isObject()) {
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"The token endpoint answered HTTP " + status + " without a JSON token response", null));
		}
		String accessToken = text(json, "access_token");
		if (accessToken == null) {
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"The token endpoint answered HTTP " + status + " without an access_token", null));
		}
		String tokenType = text(json, "token_type");
		if (tokenType != null && !"bearer".equalsIgnoreCase(tokenType)) {
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"The token endpoint issued a token of type " + tokenType + " instead of Bearer", null));
		}
		return OAuth2AccessTokenResponse.withToken(accessToken)
			.tokenType(OAuth2AccessToken.TokenType.BEARER)
			.expiresIn(lifetimeSeconds(json.get("expires_in")))
			.build();
	}

	/**
	 * {@code expires_in} as a number or a numeric string; the default lifetime when
	 * absent or not positive.
	 */
	private long lifetimeSeconds(@Nullable JsonNode expiresIn) {
		String text = (expiresIn != null && !expiresIn.isNull()) ? expiresIn.asText().trim() : "";
		long seconds = text.matches("\\d+") ? Long.parseLong(text) : 0;
		return (seconds > 0) ? seconds : this.defaultLifetime.toSeconds();
	}

	/**
	 * {@code : title - detail} of a ProblemDetails body, or nothing when the body has
	 * neither.
	 */
	private static String problem(@Nullable JsonNode json) {
		if (json == null || !json.isObject()) {
			return "";
		}
		String title = text(json, "title");
		String detail = text(json, "detail");
		if (title == null && detail == null) {
			return "";
		}
		return ": " + ((title != null && detail != null) ? title + " - " + detail : (title != null) ? title : detail);
	}

	private static @Nullable String text(@Nullable JsonNode json, String field) {
		JsonNode node = (json != null) ? json.get(field) : null;
		return (node != null && !node.isNull()) ? node.asText() : null;
	}

}
