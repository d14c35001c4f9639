package io.github.umbracomgmt.token.redis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

import io.github.umbracomgmt.token.UmbracoTokenStore.StoredToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TokenCipher}: what the Redis store writes, without a Redis server.
 */
class TokenCipherTests {

	private static final String URL = "https://umbraco.example.com";

	private static final String CLIENT = "umbraco-back-office-fleet";

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private final TokenCipher cipher = new TokenCipher("umbraco-mgmt:token", URL, CLIENT, "first-secret");

	private final StoredToken token = new StoredToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
			"the-access-token-value", NOW, NOW.plusSeconds(299)), NOW.plusSeconds(239));

	@Test
	void roundTripKeepsValueExpiryAndRefreshPoint() {
		StoredToken opened = this.cipher.open(this.cipher.seal(this.token));
		assertThat(opened.token().getTokenValue()).isEqualTo("the-access-token-value");
		assertThat(opened.token().getIssuedAt()).isEqualTo(NOW);
		assertThat(opened.expiresAt()).isEqualTo(NOW.plusSeconds(299));
		assertThat(opened.refreshAt()).isEqualTo(NOW.plusSeconds(239));
	}

	@Test
	void sealedValueHoldsNoClearTextAndDiffersEachTime() {
		String first = this.cipher.seal(this.token);
		String second = this.cipher.seal(this.token);
		assertThat(first).isNotEqualTo(second);
		assertThat(new String(Base64.getDecoder().decode(first), StandardCharsets.ISO_8859_1))
			.doesNotContain("the-access-token-value");
	}

	@Test
	void anotherSecretHasAnotherKeyAndCannotOpen() {
		TokenCipher rotated = new TokenCipher("umbraco-mgmt:token", URL, CLIENT, "second-secret");
		assertThat(rotated.redisKey()).isNotEqualTo(this.cipher.redisKey());
		String sealed = this.cipher.seal(this.token);
		assertThatExceptionOfType(TokenCipher.UnreadableEntryException.class).isThrownBy(() -> rotated.open(sealed))
			.withMessageNotContaining("secret");
	}

	@Test
	void alteredValueIsUnreadable() {
		byte[] bytes = Base64.getDecoder().decode(this.cipher.seal(this.token));
		bytes[bytes.length - 1] ^= 1;
		String altered = Base64.getEncoder().encodeToString(bytes);
		assertThatExceptionOfType(TokenCipher.UnreadableEntryException.class)
			.isThrownBy(() -> this.cipher.open(altered));
		assertThatExceptionOfType(TokenCipher.UnreadableEntryException.class)
			.isThrownBy(() -> this.cipher.open("not base64 !"));
	}

	@Test
	void keyNamesSiteAndClientByHashAndNeverTheSecret() {
		TokenCipher otherSite = new TokenCipher("umbraco-mgmt:token", "https://other.example.com", CLIENT,
				"first-secret");
		assertThat(this.cipher.redisKey()).matches("umbraco-mgmt:token:[0-9a-f]{32}:[0-9a-f]{16}")
			.doesNotContain("first-secret")
			.doesNotContain(CLIENT);
		assertThat(otherSite.redisKey()).isNotEqualTo(this.cipher.redisKey());
		assertThat(this.cipher.toString()).doesNotContain("first-secret");
	}

}
