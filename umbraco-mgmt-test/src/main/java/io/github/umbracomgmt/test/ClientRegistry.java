package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The API user's client id/secret pairs (Umbraco lets one API user hold several, for secret rotation) and the
 * client authentication OpenIddict performs on the token and revocation endpoints.
 */
final class ClientRegistry {

	/** Umbraco's rule for client ids, so a test cannot configure a client no real site could have. */
	private static final Pattern CLIENT_ID = Pattern.compile("umbraco-back-office-[A-Za-z0-9._~-]{1,100}");

	private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

	void register(String clientId, String clientSecret) {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(clientSecret, "clientSecret");
		if (!CLIENT_ID.matcher(clientId).matches()) {
			throw new IllegalArgumentException("Umbraco client ids are 'umbraco-back-office-' followed by 1 to 100 of "
					+ "[A-Za-z0-9-._~], but got '" + clientId + "'");
		}
		if (clientSecret.isEmpty()) {
			throw new IllegalArgumentException("The client secret of '" + clientId + "' must not be empty");
		}
		this.secrets.put(clientId, clientSecret.getBytes(StandardCharsets.UTF_8));
	}

	/** The result of client authentication. */
	sealed interface Result {

		/** The client proved its identity. */
		record Authenticated(String clientId) implements Result {
		}

		/** The request itself is malformed (400 {@code invalid_request}). */
		record InvalidRequest(String description) implements Result {
		}

		/** No credentials, an unknown client or a wrong secret (401 {@code invalid_client}). */
		record InvalidClient() implements Result {
		}

	}

	/**
	 * Authenticates from the form's {@code client_id}/{@code client_secret} or from an {@code Authorization: Basic}
	 * header whose parts were form-URL-encoded before Base64 (RFC 6749 section 2.3.1); both at once is refused as
	 * OpenIddict does.
	 */
	Result authenticate(ApiRequest request, Map<String, List<String>> form) {
		String formId = single(form, "client_id");
		String formSecret = single(form, "client_secret");
		String authorization = request.header("Authorization").orElse(null);
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		if (basic && (formId != null || formSecret != null)) {
			return new Result.InvalidRequest("Multiple client credentials cannot be specified.");
		}
		if (basic) {
			String[] idAndSecret = decodeBasic(authorization.substring(6).trim());
			if (idAndSecret == null) {
				return new Result.InvalidRequest("The specified client credentials are invalid.");
			}
			return check(idAndSecret[0], idAndSecret[1]);
		}
		return check(formId, formSecret);
	}

	private Result check(String clientId, String clientSecret) {
		if (clientId == null || clientId.isEmpty() || clientSecret == null) {
			return new Result.InvalidClient();
		}
		byte[] expected = this.secrets.get(clientId);
		if (expected == null || !MessageDigest.isEqual(expected, clientSecret.getBytes(StandardCharsets.UTF_8))) {
			return new Result.InvalidClient();
		}
		return new Result.Authenticated(clientId);
	}

	/** @return id and secret, or {@code null} when the header is not valid Base64 of {@code id:secret} */
	private static String[] decodeBasic(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return null;
			}
			return new String[] { ApiRequest.decode(decoded.substring(0, colon)),
					ApiRequest.decode(decoded.substring(colon + 1)) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String single(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}
}
