package io.github.umbracomgmt.token.redis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

import io.github.umbracomgmt.token.UmbracoTokenStore.StoredToken;

/**
 * Seals a {@link StoredToken} for Redis with AES-256-GCM, and names the Redis key it is
 * kept under.
 *
 * <p>
 * The AES key and a fingerprint of the client secret are derived from the secret with
 * PBKDF2-HMAC-SHA256 (salted with the site and the client id, {@value #ITERATIONS}
 * iterations): a reader of Redis without the secret can neither decrypt the token nor
 * tell from the key's fingerprint which secret it was (without paying the KDF per guess).
 * The Redis key itself is the authenticated data of the encryption, so an entry copied
 * under another key does not decrypt.
 *
 * @author umbraco-mgmt
 */
final class TokenCipher {

	/** PBKDF2 work factor: paid once per store at startup. */
	static final int ITERATIONS = 210_000;

	private static final int FORMAT = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	private final String redisKey;

	private final byte[] associatedData;

	/**
	 * Derives the key and the Redis key name.
	 * @param prefix the first part of every key, e.g. {@code umbraco-mgmt:token}
	 * @param baseUrl the site's normalized base URL
	 * @param clientId the client id
	 * @param clientSecret the client secret; used for the derivation only, never kept
	 */
	TokenCipher(String prefix, String baseUrl, String clientId, String clientSecret) {
		byte[] site = sha256((baseUrl + "\n" + clientId).getBytes(StandardCharsets.UTF_8));
		byte[] derived = pbkdf2(clientSecret, site);
		this.key = new SecretKeySpec(Arrays.copyOfRange(derived, 0, 32), "AES");
		byte[] fingerprint = sha256(Arrays.copyOfRange(derived, 32, 64));
		Arrays.fill(derived, (byte) 0);
		HexFormat hex = HexFormat.of();
		this.redisKey = prefix + ":" + hex.formatHex(site, 0, 16) + ":" + hex.formatHex(fingerprint, 0, 8);
		this.associatedData = this.redisKey.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The Redis key of the site's token: prefix, hash of base URL and client id,
	 * fingerprint of the secret.
	 * @return the key
	 */
	String redisKey() {
		return this.redisKey;
	}

	String seal(StoredToken token) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeByte(FORMAT);
			OAuth2AccessToken accessToken = token.token();
			out.writeLong(millis(accessToken.getIssuedAt(), token.expiresAt()));
			out.writeLong(token.expiresAt().toEpochMilli());
			out.writeLong(token.refreshAt().toEpochMilli());
			out.write(accessToken.getTokenValue().getBytes(StandardCharsets.UTF_8));
			out.flush();
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(this.associatedData);
			byte[] sealed = cipher.doFinal(bytes.toByteArray());
			byte[] value = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, value, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, value, NONCE_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(value);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt the token for the Redis token store", ex);
		}
	}

	/**
	 * Opens a value written by {@link #seal(StoredToken)} with the same key.
	 * @param value the stored value
	 * @return the token
	 * @throws UnreadableEntryException when the value is not one this cipher sealed, or
	 * was altered
	 */
	StoredToken open(String value) {
		try {
			byte[] bytes = Base64.getDecoder().decode(value);
			if (bytes.length <= NONCE_BYTES) {
				throw new UnreadableEntryException("too short");
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(this.associatedData);
			byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
			int format = in.readUnsignedByte();
			if (format != FORMAT) {
				throw new UnreadableEntryException("unknown format " + format);
			}
			Instant issuedAt = Instant.ofEpochMilli(in.readLong());
			Instant expiresAt = Instant.ofEpochMilli(in.readLong());
			Instant refreshAt = Instant.ofEpochMilli(in.readLong());
			String tokenValue = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (tokenValue.isEmpty() || !issuedAt.isBefore(expiresAt)) {
				throw new UnreadableEntryException("invalid content");
			}
			return new StoredToken(
					new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, tokenValue, issuedAt, expiresAt),
					refreshAt);
		}
		catch (IllegalArgumentException | IOException | GeneralSecurityException ex) {
			// the message of a decryption failure never holds key material, but say no
			// more than needed
			throw new UnreadableEntryException(ex.getClass().getSimpleName());
		}
	}

	private static long millis(Instant issuedAt, Instant expiresAt) {
		return (issuedAt != null) ? issuedAt.toEpochMilli() : expiresAt.toEpochMilli() - 1;
	}

	private static byte[] pbkdf2(String secret, byte[] salt) {
		PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, ITERATIONS, 512);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

	@Override
	public String toString() {
		return "TokenCipher[key=" + this.redisKey + "]";
	}

	/**
	 * A stored value that does not decrypt, or decrypts to something this cipher never
	 * wrote.
	 */
	static final class UnreadableEntryException extends RuntimeException {

		UnreadableEntryException(String reason) {
			super("The stored Umbraco token entry is unreadable (" + reason + ")");
		}

	}

}
