package io.github.umbracomgmt.token;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Where a site's current access token is kept beyond the token manager's own in-memory
 * cache: nowhere (the default, {@link #LOCAL}), or a store shared by every instance of
 * the application, such as Redis.
 *
 * <p>
 * The token manager keeps the hot path in memory: it consults the store only when its
 * cached token is missing, due for refresh, expired or rejected. A store therefore
 * decides <em>who fetches</em> a new token: for a shared store, exactly one instance of
 * the fleet; the others read the token it stored. Errors of a shared store must never
 * reach a caller: such a store falls back to {@code fetch} on its own.
 *
 * @author umbraco-mgmt
 */
public interface UmbracoTokenStore {

	/**
	 * Keeps nothing beyond the manager's memory: every miss is a token request of this
	 * instance.
	 */
	UmbracoTokenStore LOCAL = new UmbracoTokenStore() {

		@Override
		public Mono<StoredToken> obtain(@Nullable StoredToken stale, Mono<StoredToken> fetch) {
			return fetch;
		}

		@Override
		public Mono<Void> evict(StoredToken rejected) {
			return Mono.empty();
		}

		@Override
		public boolean isShared() {
			return false;
		}

		@Override
		public String toString() {
			return "UmbracoTokenStore.LOCAL";
		}

	};

	/**
	 * A token to use: a stored one that is still valid and is not {@code stale}, or else
	 * one obtained with {@code fetch} (which sends a token request) and then stored for
	 * the others.
	 * @param stale the token the manager holds and wants replaced (due for refresh,
	 * expired, or rejected by Umbraco with a 401), or {@code null} when it holds none; a
	 * stored token with the same value is never returned, since the manager asks only
	 * when it wants that token replaced (after a 401 the eviction may not have completed
	 * yet)
	 * @param fetch requests a new token from the token endpoint when subscribed
	 * @return the token to use; fails only with the error of {@code fetch}
	 */
	Mono<StoredToken> obtain(@Nullable StoredToken stale, Mono<StoredToken> fetch);

	/**
	 * Removes the stored token if, and only if, it is still the given one
	 * (compare-and-delete), after Umbraco rejected it. The manager subscribes before its
	 * cache lets go of the token, so a store that marks the token rejected when
	 * subscribed never hands it out to a caller that finds the cache empty.
	 * @param rejected the token Umbraco answered 401 to
	 * @return completes when done; never fails
	 */
	Mono<Void> evict(StoredToken rejected);

	/**
	 * Whether other instances use the stored token too; a shared token is not revoked
	 * when one instance stops.
	 * @return {@code true} for a store shared across instances
	 */
	boolean isShared();

	/**
	 * A token with the instants the manager schedules by.
	 *
	 * @param token the access token; its {@code expiresAt} is when it stops being valid
	 * @param refreshAt when a replacement should be obtained, before {@code expiresAt}
	 */
	record StoredToken(OAuth2AccessToken token, Instant refreshAt) {

		/**
		 * When the token stops being valid.
		 * @return the expiry
		 */
		public Instant expiresAt() {
			// Spring Security 7.1 marks it @Nullable; the token response extractor always
			// sets a lifetime
			return Objects.requireNonNull(this.token.getExpiresAt(), "expiresAt");
		}

		/**
		 * Whether the token is before its refresh point.
		 * @param now the current instant
		 * @return {@code true} while no refresh is due
		 */
		public boolean isFresh(Instant now) {
			return now.isBefore(this.refreshAt);
		}

		/**
		 * Whether the token can still be sent.
		 * @param now the current instant
		 * @return {@code true} before expiry
		 */
		public boolean isValid(Instant now) {
			return now.isBefore(expiresAt());
		}

		@Override
		public String toString() {
			return "StoredToken[refreshAt=" + this.refreshAt + ", expiresAt=" + expiresAt() + "]";
		}

	}

}
