package io.github.umbracomgmt.test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reference tokens, as OpenIddict keeps them for Umbraco: an opaque random handle whose
 * meaning (client, expiry, revocation) lives only on the server. Expiry is judged with
 * the server's {@link Clock} so tests move time instead of waiting.
 */
final class TokenStore {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

	private final Clock clock;

	TokenStore(Clock clock) {
		this.clock = clock;
	}

	/** Why a token is or is not accepted. */
	enum Status {

		ACTIVE, UNKNOWN, EXPIRED, REVOKED

	}

	private record IssuedToken(String clientId, Instant expiresAt, boolean revoked, boolean forcedExpired) {

		IssuedToken revoke() {
			return new IssuedToken(this.clientId, this.expiresAt, true, this.forcedExpired);
		}

		IssuedToken expire() {
			return new IssuedToken(this.clientId, this.expiresAt, this.revoked, true);
		}

		Status status(Instant now) {
			if (this.revoked) {
				return Status.REVOKED;
			}
			return (this.forcedExpired || !now.isBefore(this.expiresAt)) ? Status.EXPIRED : Status.ACTIVE;
		}

	}

	String issue(String clientId, Duration lifetime) {
		byte[] handle = new byte[32];
		RANDOM.nextBytes(handle);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(handle);
		this.tokens.put(token, new IssuedToken(clientId, this.clock.instant().plus(lifetime), false, false));
		return token;
	}

	Status status(String token) {
		IssuedToken issued = this.tokens.get(token);
		return (issued != null) ? issued.status(this.clock.instant()) : Status.UNKNOWN;
	}

	/**
	 * Revokes a token if known; unknown tokens are ignored, as RFC 7009 asks of the
	 * server.
	 */
	void revoke(String token) {
		this.tokens.computeIfPresent(token, (key, issued) -> issued.revoke());
	}

	void revokeAll() {
		this.tokens.replaceAll((key, issued) -> issued.revoke());
	}

	/**
	 * The client a token was issued to, so a request can act as the API user owning that
	 * client.
	 */
	Optional<String> clientId(String token) {
		IssuedToken issued = this.tokens.get(token);
		return (issued != null) ? Optional.of(issued.clientId()) : Optional.empty();
	}

	/**
	 * Revokes every token of one client, as Umbraco does when it deletes the client's
	 * credentials or disables the API user behind them.
	 */
	void revokeClient(String clientId) {
		this.tokens.replaceAll((key, issued) -> issued.clientId().equals(clientId) ? issued.revoke() : issued);
	}

	void expireAll() {
		this.tokens.replaceAll((key, issued) -> issued.expire());
	}

	int activeCount() {
		Instant now = this.clock.instant();
		return (int) this.tokens.values().stream().filter(issued -> issued.status(now) == Status.ACTIVE).count();
	}

}
