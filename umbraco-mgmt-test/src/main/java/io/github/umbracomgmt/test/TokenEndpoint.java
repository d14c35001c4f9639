package io.github.umbracomgmt.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

/**
 * Umbraco's OpenIddict token and revocation endpoints for API users:
 * {@code client_credentials} only, client authentication by form or Basic header,
 * reference tokens, RFC 6749 error bodies.
 */
final class TokenEndpoint {

	static final String INVALID_CLIENT_DESCRIPTION = "The specified client credentials are invalid.";

	static final String INVALID_CLIENT_URI = "https://documentation.openiddict.com/errors/ID2055";

	private static final String FORM = "application/x-www-form-urlencoded";

	private final ClientRegistry clients;

	private final TokenStore tokens;

	private final Predicate<String> clientCanAuthenticate;

	private volatile Duration lifetime;

	private volatile boolean expiresInIncluded = true;

	/**
	 * @param clientCanAuthenticate whether the user behind an authenticated client may
	 * sign in; a disabled or locked-out owner gets {@code invalid_client}, as Umbraco
	 * cannot find an approved user behind the client
	 */
	TokenEndpoint(ClientRegistry clients, TokenStore tokens, Predicate<String> clientCanAuthenticate,
			Duration lifetime) {
		this.clients = clients;
		this.tokens = tokens;
		this.clientCanAuthenticate = clientCanAuthenticate;
		setLifetime(lifetime);
	}

	void setLifetime(Duration lifetime) {
		Objects.requireNonNull(lifetime, "lifetime");
		if (lifetime.isNegative()) {
			throw new IllegalArgumentException("Token lifetime must not be negative, but was " + lifetime);
		}
		this.lifetime = lifetime;
	}

	void setExpiresInIncluded(boolean included) {
		this.expiresInIncluded = included;
	}

	/** A token endpoint answer with the outcome the server counts. */
	record TokenResult(ApiResponse response, TokenOutcome outcome) {
	}

	/**
	 * A revocation endpoint answer; {@code revoked} is true when the request was
	 * accepted.
	 */
	record RevokeResult(ApiResponse response, boolean revoked) {
	}

	TokenResult token(ApiRequest request) {
		Map<String, List<String>> form;
		try {
			form = form(request);
		}
		catch (ResponseException ex) {
			return new TokenResult(ex.response(), TokenOutcome.INVALID_REQUEST);
		}
		String grantType = first(form, "grant_type");
		if (grantType == null || grantType.isEmpty()) {
			return invalidRequest("The mandatory 'grant_type' parameter is missing.");
		}
		ClientRegistry.Result client = this.clients.authenticate(request, form);
		if (client instanceof ClientRegistry.Result.InvalidRequest invalid) {
			return invalidRequest(invalid.description());
		}
		if (!"client_credentials".equals(grantType)) {
			return new TokenResult(
					oauthError(400, "unsupported_grant_type", "The specified 'grant_type' is not supported.", null),
					TokenOutcome.UNSUPPORTED_GRANT_TYPE);
		}
		if (!(client instanceof ClientRegistry.Result.Authenticated authenticated)
				|| !this.clientCanAuthenticate.test(authenticated.clientId())) {
			return new TokenResult(invalidClient(), TokenOutcome.INVALID_CLIENT);
		}
		Duration tokenLifetime = this.lifetime;
		ObjectNode body = Json.object();
		body.put("access_token", this.tokens.issue(authenticated.clientId(), tokenLifetime));
		body.put("token_type", "Bearer");
		if (this.expiresInIncluded) {
			body.put("expires_in", tokenLifetime.toSeconds());
		}
		return new TokenResult(noStore(ApiResponse.json(200, body)), TokenOutcome.ISSUED);
	}

	RevokeResult revoke(ApiRequest request) {
		Map<String, List<String>> form;
		try {
			form = form(request);
		}
		catch (ResponseException ex) {
			return new RevokeResult(ex.response(), false);
		}
		ClientRegistry.Result client = this.clients.authenticate(request, form);
		if (client instanceof ClientRegistry.Result.InvalidRequest invalid) {
			return new RevokeResult(oauthError(400, "invalid_request", invalid.description(), null), false);
		}
		String token = first(form, "token");
		if (token == null || token.isEmpty()) {
			return new RevokeResult(
					oauthError(400, "invalid_request", "The mandatory 'token' parameter is missing.", null), false);
		}
		if (!(client instanceof ClientRegistry.Result.Authenticated)) {
			return new RevokeResult(invalidClient(), false);
		}
		this.tokens.revoke(token);
		return new RevokeResult(noStore(ApiResponse.empty(200)), true);
	}

	/** OpenIddict only reads POSTed forms; anything else is {@code invalid_request}. */
	private static Map<String, List<String>> form(ApiRequest request) {
		if (!"POST".equals(request.method())) {
			throw new ResponseException(
					oauthError(400, "invalid_request", "The specified HTTP method is not valid.", null));
		}
		String contentType = request.header("Content-Type").orElse("");
		if (!contentType.regionMatches(true, 0, FORM, 0, FORM.length())) {
			throw new ResponseException(
					oauthError(400, "invalid_request", "The specified 'Content-Type' header is invalid.", null));
		}
		try {
			return ApiRequest.parseUrlEncoded(request.body());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseException(oauthError(400, "invalid_request", "The request body is malformed.", null));
		}
	}

	private static TokenResult invalidRequest(String description) {
		return new TokenResult(oauthError(400, "invalid_request", description, null), TokenOutcome.INVALID_REQUEST);
	}

	private static ApiResponse invalidClient() {
		return oauthError(401, "invalid_client", INVALID_CLIENT_DESCRIPTION, INVALID_CLIENT_URI)
			.withHeader("WWW-Authenticate", "Basic realm=\"Umbraco\", error=\"invalid_client\", error_description=\""
					+ INVALID_CLIENT_DESCRIPTION + "\", error_uri=\"" + INVALID_CLIENT_URI + "\"");
	}

	/** RFC 6749 section 5.2 error body. */
	private static ApiResponse oauthError(int status, String error, String description, String uri) {
		ObjectNode body = Json.object();
		body.put("error", error);
		body.put("error_description", description);
		if (uri != null) {
			body.put("error_uri", uri);
		}
		return noStore(ApiResponse.json(status, body));
	}

	/** Token responses must not be cached (RFC 6749 section 5.1). */
	private static ApiResponse noStore(ApiResponse response) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Cache-Control", "no-store");
		headers.put("Pragma", "no-cache");
		return response.withHeaders(headers);
	}

	private static String first(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
