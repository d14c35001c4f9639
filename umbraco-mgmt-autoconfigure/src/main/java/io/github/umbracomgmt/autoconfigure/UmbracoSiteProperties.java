package io.github.umbracomgmt.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.StringUtils;

/**
 * Settings of the connection to one Umbraco site's Management API: the default site binds
 * them from {@code umbraco.management.*}, a named site from
 * {@code umbraco.management.sites.<name>.*}.
 *
 * <p>
 * Only {@code base-url}, {@code client-id} and {@code client-secret} must be set. Invalid
 * values fail the application at startup with a message that names the property and what
 * to set.
 *
 * @author umbraco-mgmt
 * @see UmbracoSitePropertiesMapper
 */
public class UmbracoSiteProperties {

	/** Umbraco's token endpoint, relative to the site's base URL. */
	public static final String DEFAULT_TOKEN_PATH = "/umbraco/management/api/v1/security/back-office/token";

	/** Umbraco's token revocation endpoint, relative to the site's base URL. */
	public static final String DEFAULT_REVOKE_PATH = "/umbraco/management/api/v1/security/back-office/revoke";

	private static final String CLIENT_ID_PREFIX = "umbraco-back-office-";

	private static final Pattern CLIENT_ID = Pattern.compile("umbraco-back-office-[A-Za-z0-9\\-._~]{1,100}");

	/**
	 * Address of the Umbraco site, for example https://localhost:44391. Absolute http(s)
	 * URL; a trailing slash is ignored.
	 */
	private @Nullable String baseUrl;

	/**
	 * Client id of the API user's client credentials: 'umbraco-back-office-' followed by
	 * 1 to 100 of A-Z a-z 0-9 - . _ ~.
	 */
	private @Nullable String clientId;

	/**
	 * Client secret of the API user's client credentials. Never logged.
	 */
	private @Nullable String clientSecret;

	/**
	 * How the client authenticates at the token endpoint: credentials in the form body
	 * (as Umbraco's own examples send them) or in an HTTP Basic header.
	 */
	private ClientAuthenticationMethod clientAuthenticationMethod = ClientAuthenticationMethod.CLIENT_SECRET_POST;

	/**
	 * Path of the token endpoint, relative to the base URL.
	 */
	private String tokenPath = DEFAULT_TOKEN_PATH;

	/**
	 * Path of the token revocation endpoint, relative to the base URL.
	 */
	private String revokePath = DEFAULT_REVOKE_PATH;

	/**
	 * Where the access token is kept beyond this instance's memory: 'memory' (each
	 * instance fetches its own) or 'redis' (one token shared by every instance through
	 * Spring Data Redis; needs spring-boot-starter-data-redis).
	 */
	private TokenStore tokenStore = TokenStore.MEMORY;

	/**
	 * Largest margin before a token's expiry at which it is replaced. The margin actually
	 * used is the smaller of this and a fifth of the token's lifetime, so short-lived
	 * tokens are still reused.
	 */
	private Duration tokenRefreshSkew = Duration.ofSeconds(60);

	/**
	 * Lifetime assumed for a token whose response carries no expires_in.
	 */
	private Duration tokenDefaultLifetime = Duration.ofSeconds(60);

	/**
	 * Wait after a failed token request before the next one is sent; doubles with each
	 * further failure. Calls made meanwhile fail at once with the last error.
	 */
	private Duration tokenFailureBackoff = Duration.ofSeconds(1);

	/**
	 * Longest wait between token requests after repeated failures.
	 */
	private Duration tokenFailureMaxBackoff = Duration.ofSeconds(60);

	/**
	 * Whether to revoke the current token when the application context closes, so it
	 * stops occupying a row in Umbraco's database.
	 */
	private boolean revokeOnShutdown = true;

	/**
	 * Longest time the revocation at shutdown may take.
	 */
	private Duration revokeTimeout = Duration.ofSeconds(2);

	/**
	 * Connect timeout of requests to Umbraco (API and token endpoint).
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Response (read) timeout of requests to Umbraco (API and token endpoint).
	 */
	private Duration responseTimeout = Duration.ofSeconds(30);

	@NestedConfigurationProperty
	private final Ssl ssl = new Ssl();

	/**
	 * Retries of Management API calls that failed for a reason that may pass.
	 */
	@NestedConfigurationProperty
	private final UmbracoRetryProperties retry = new UmbracoRetryProperties();

	/**
	 * The optional Resilience4j circuit breaker in front of the Management API.
	 */
	@NestedConfigurationProperty
	private final UmbracoCircuitBreakerProperties circuitBreaker = new UmbracoCircuitBreakerProperties();

	public UmbracoRetryProperties getRetry() {
		return this.retry;
	}

	public UmbracoCircuitBreakerProperties getCircuitBreaker() {
		return this.circuitBreaker;
	}

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public ClientAuthenticationMethod getClientAuthenticationMethod() {
		return this.clientAuthenticationMethod;
	}

	public void setClientAuthenticationMethod(ClientAuthenticationMethod clientAuthenticationMethod) {
		this.clientAuthenticationMethod = clientAuthenticationMethod;
	}

	public TokenStore getTokenStore() {
		return this.tokenStore;
	}

	public void setTokenStore(TokenStore tokenStore) {
		this.tokenStore = tokenStore;
	}

	public String getTokenPath() {
		return this.tokenPath;
	}

	public void setTokenPath(String tokenPath) {
		this.tokenPath = tokenPath;
	}

	public String getRevokePath() {
		return this.revokePath;
	}

	public void setRevokePath(String revokePath) {
		this.revokePath = revokePath;
	}

	public Duration getTokenRefreshSkew() {
		return this.tokenRefreshSkew;
	}

	public void setTokenRefreshSkew(Duration tokenRefreshSkew) {
		this.tokenRefreshSkew = tokenRefreshSkew;
	}

	public Duration getTokenDefaultLifetime() {
		return this.tokenDefaultLifetime;
	}

	public void setTokenDefaultLifetime(Duration tokenDefaultLifetime) {
		this.tokenDefaultLifetime = tokenDefaultLifetime;
	}

	public Duration getTokenFailureBackoff() {
		return this.tokenFailureBackoff;
	}

	public void setTokenFailureBackoff(Duration tokenFailureBackoff) {
		this.tokenFailureBackoff = tokenFailureBackoff;
	}

	public Duration getTokenFailureMaxBackoff() {
		return this.tokenFailureMaxBackoff;
	}

	public void setTokenFailureMaxBackoff(Duration tokenFailureMaxBackoff) {
		this.tokenFailureMaxBackoff = tokenFailureMaxBackoff;
	}

	public boolean isRevokeOnShutdown() {
		return this.revokeOnShutdown;
	}

	public void setRevokeOnShutdown(boolean revokeOnShutdown) {
		this.revokeOnShutdown = revokeOnShutdown;
	}

	public Duration getRevokeTimeout() {
		return this.revokeTimeout;
	}

	public void setRevokeTimeout(Duration revokeTimeout) {
		this.revokeTimeout = revokeTimeout;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	/**
	 * The base URL without a trailing slash.
	 * @return the normalized base URL
	 */
	public String normalizedBaseUrl() {
		String baseUrl = Objects.requireNonNull(this.baseUrl, "base-url is validated at binding");
		return StringUtils.trimTrailingCharacter(baseUrl.trim(), '/');
	}

	/**
	 * The absolute URI of the token endpoint.
	 * @return base URL joined with the token path
	 */
	public String tokenUri() {
		return normalizedBaseUrl() + withLeadingSlash(this.tokenPath);
	}

	/**
	 * The absolute URI of the revocation endpoint.
	 * @return base URL joined with the revoke path
	 */
	public String revokeUri() {
		return normalizedBaseUrl() + withLeadingSlash(this.revokePath);
	}

	private static String withLeadingSlash(String path) {
		return path.startsWith("/") ? path : "/" + path;
	}

	/**
	 * Checks every setting, failing on the first invalid one with an exception that names
	 * the property.
	 * @param prefix where these settings are bound, e.g. {@code umbraco.management} or
	 * {@code umbraco.management.sites.blog}; every error names the property below it
	 * @throws InvalidUmbracoPropertyException when a setting is missing or invalid
	 */
	public void validate(String prefix) {
		validateBaseUrl(prefix);
		validateClientId(prefix);
		if (!StringUtils.hasText(this.clientSecret)) {
			throw InvalidUmbracoPropertyException.missing(prefix, "client-secret",
					"the secret of the API user's client credentials, for example from an environment variable: "
							+ "client-secret: ${UMBRACO_CLIENT_SECRET}");
		}
		requireText(prefix, "token-path", this.tokenPath, DEFAULT_TOKEN_PATH);
		requireText(prefix, "revoke-path", this.revokePath, DEFAULT_REVOKE_PATH);
		requirePositive(prefix, "token-refresh-skew", this.tokenRefreshSkew, true);
		requirePositive(prefix, "token-default-lifetime", this.tokenDefaultLifetime, false);
		requirePositive(prefix, "token-failure-backoff", this.tokenFailureBackoff, true);
		requirePositive(prefix, "token-failure-max-backoff", this.tokenFailureMaxBackoff, true);
		requirePositive(prefix, "revoke-timeout", this.revokeTimeout, false);
		requirePositive(prefix, "connect-timeout", this.connectTimeout, false);
		requirePositive(prefix, "response-timeout", this.responseTimeout, false);
		if (this.tokenFailureMaxBackoff.compareTo(this.tokenFailureBackoff) < 0) {
			throw new InvalidUmbracoPropertyException(prefix, "token-failure-max-backoff", this.tokenFailureMaxBackoff,
					"is shorter than token-failure-backoff (" + this.tokenFailureBackoff + ")",
					"Set " + prefix + ".token-failure-max-backoff to at least " + prefix + ".token-failure-backoff.");
		}
		this.retry.validate(prefix + ".retry");
		this.circuitBreaker.validate(prefix + ".circuit-breaker");
	}

	/**
	 * Whether any of the three settings a site needs is set; an unset site is no site at
	 * all.
	 * @return {@code true} when base-url, client-id or client-secret has text
	 */
	boolean hasConnectionSettings() {
		return StringUtils.hasText(this.baseUrl) || StringUtils.hasText(this.clientId)
				|| StringUtils.hasText(this.clientSecret);
	}

	private void validateBaseUrl(String prefix) {
		if (!StringUtils.hasText(this.baseUrl)) {
			throw InvalidUmbracoPropertyException.missing(prefix, "base-url",
					"the address of the Umbraco site, for example https://localhost:44391");
		}
		URI uri;
		try {
			uri = new URI(this.baseUrl.trim());
		}
		catch (Exception ex) {
			throw invalidBaseUrl(prefix, "is not a valid URL (" + ex.getMessage() + ")");
		}
		String scheme = uri.getScheme();
		if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			throw invalidBaseUrl(prefix, "is not an absolute http or https URL");
		}
		if (!StringUtils.hasText(uri.getHost())) {
			throw invalidBaseUrl(prefix, "has no host");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw invalidBaseUrl(prefix, "has a query or fragment");
		}
	}

	private InvalidUmbracoPropertyException invalidBaseUrl(String prefix, String reason) {
		return new InvalidUmbracoPropertyException(prefix, "base-url", this.baseUrl, reason, "Set " + prefix
				+ ".base-url to the absolute address of the Umbraco site, " + "for example https://localhost:44391.");
	}

	private void validateClientId(String prefix) {
		if (!StringUtils.hasText(this.clientId)) {
			throw InvalidUmbracoPropertyException.missing(prefix, "client-id",
					"the client id of the API user's client credentials, for example umbraco-back-office-my-client");
		}
		if (!CLIENT_ID.matcher(this.clientId).matches()) {
			String reason = this.clientId.startsWith(CLIENT_ID_PREFIX)
					? "must continue after '" + CLIENT_ID_PREFIX
							+ "' with 1 to 100 of the characters A-Z a-z 0-9 - . _ ~"
					: "must start with '" + CLIENT_ID_PREFIX + "'";
			throw new InvalidUmbracoPropertyException(prefix, "client-id", this.clientId, reason,
					"Set " + prefix + ".client-id to the client id of the API user's client credentials: '"
							+ CLIENT_ID_PREFIX + "' followed by 1 to 100 of the characters A-Z a-z 0-9 - . _ ~, "
							+ "for example umbraco-back-office-my-client.");
		}
	}

	private static void requireText(String prefix, String property, String value, String defaultValue) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidUmbracoPropertyException(prefix, property, value, "is empty", "Set " + prefix + "."
					+ property + " to a path, or remove it to use the default " + defaultValue + ".");
		}
	}

	static void requirePositive(String prefix, String property, @Nullable Duration value, boolean zeroAllowed) {
		if (value == null || value.isNegative() || (!zeroAllowed && value.isZero())) {
			throw new InvalidUmbracoPropertyException(prefix, property, value,
					zeroAllowed ? "must not be negative" : "must be positive",
					"Set " + prefix + "." + property + " to a " + (zeroAllowed ? "non-negative" : "positive")
							+ " duration such as 30s, or remove it to use the default.");
		}
	}

	/**
	 * How the client authenticates itself at Umbraco's token endpoint.
	 */
	public enum ClientAuthenticationMethod {

		/**
		 * {@code client_id} and {@code client_secret} in the form body, as Umbraco's own
		 * examples send them.
		 */
		CLIENT_SECRET_POST,

		/**
		 * An HTTP Basic header of the form-URL-encoded id and secret (RFC 6749 section
		 * 2.3.1).
		 */
		CLIENT_SECRET_BASIC

	}

	/**
	 * TLS settings of the connection to Umbraco.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) to use for connections to Umbraco,
		 * for example to trust a development certificate.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Where the access token is kept beyond an instance's memory.
	 */
	public enum TokenStore {

		/** Nowhere: every instance fetches and caches its own token. */
		MEMORY,

		/** In Redis, shared by every instance with the same site and credentials. */
		REDIS

	}

}
