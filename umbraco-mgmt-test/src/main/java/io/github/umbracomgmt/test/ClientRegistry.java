package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The API users' client id/secret pairs (Umbraco lets one API user hold several, for
 * secret rotation) and the client authentication OpenIddict performs on the token and
 * revocation endpoints.
 *
 * <p>
 * A client either belongs to a given API user (credentials created through {@code POST
 * /user/{id}/client-credentials}) or, when registered without an owner, to whichever user
 * is the server's API user at the time, so replacing that user keeps the default
 * credentials working.
 */
final class ClientRegistry {

	/** The prefix Umbraco puts in front of every back-office client id. */
	static final String PREFIX = "umbraco-back-office-";

	/**
	 * Umbraco's rule for client ids, so a test cannot configure a client no real site
	 * could have.
	 */
	private static final Pattern CLIENT_ID = Pattern.compile("umbraco-back-office-[A-Za-z0-9._~-]{1,100}");

	/**
	 * @param owner the API user's id, or {@code null} for the server's API user, whoever
	 * it is
	 */
	private record Client(byte[] secret, UUID owner) {
	}

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	private volatile Supplier<UUID> apiUserId = () -> null;

	private volatile Predicate<UUID> ownerCanAuthenticate = owner -> true;

	/**
	 * Tells the registry who the server's API user is and whether an owner's credentials
	 * still count (a disabled or deleted API user's do not), which only the user store
	 * knows.
	 */
	void linkUsers(Supplier<UUID> apiUserId, Predicate<UUID> ownerCanAuthenticate) {
		this.apiUserId = Objects.requireNonNull(apiUserId, "apiUserId");
		this.ownerCanAuthenticate = Objects.requireNonNull(ownerCanAuthenticate, "ownerCanAuthenticate");
	}

	/** Registers (or replaces) a client of the server's API user. */
	void register(String clientId, String clientSecret) {
		register(clientId, clientSecret, null);
	}

	/**
	 * Registers (or replaces) a client of one API user; {@code owner} {@code null} means
	 * the server's API user.
	 */
	void register(String clientId, String clientSecret, UUID owner) {
		validate(clientId, clientSecret);
		this.clients.put(clientId, new Client(clientSecret.getBytes(StandardCharsets.UTF_8), owner));
	}

	/**
	 * Adds a client of one API user unless the id is taken, as Umbraco refuses a
	 * duplicate client id.
	 * @return whether it was added
	 */
	boolean add(String clientId, String clientSecret, UUID owner) {
		validate(clientId, clientSecret);
		Objects.requireNonNull(owner, "owner");
		return this.clients.putIfAbsent(clientId,
				new Client(clientSecret.getBytes(StandardCharsets.UTF_8), owner)) == null;
	}

	/**
	 * Whether a client id follows Umbraco's rule ({@code umbraco-back-office-} plus 1 to
	 * 100 of {@code [A-Za-z0-9-._~]}).
	 */
	static boolean isValidClientId(String clientId) {
		return clientId != null && CLIENT_ID.matcher(clientId).matches();
	}

	/**
	 * The user a client acts as: its owner, or the server's API user for a client
	 * registered without one.
	 */
	Optional<UUID> owner(String clientId) {
		Client client = this.clients.get(clientId);
		if (client == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((client.owner() != null) ? client.owner() : this.apiUserId.get());
	}

	/** The ids of the clients acting as this user, sorted so listings are stable. */
	List<String> clientIds(UUID user) {
		return this.clients.keySet()
			.stream()
			.filter(clientId -> user.equals(owner(clientId).orElse(null)))
			.sorted()
			.toList();
	}

	/**
	 * Removes a client if it acts as this user.
	 * @return whether it was removed
	 */
	boolean remove(String clientId, UUID user) {
		if (!user.equals(owner(clientId).orElse(null))) {
			return false;
		}
		return this.clients.remove(clientId) != null;
	}

	/**
	 * Removes every client that belongs to this user by name (not those of the server's
	 * API user in general).
	 * @return the removed client ids, so their tokens can be revoked
	 */
	List<String> removeOwnedBy(UUID owner) {
		List<String> removed = this.clients.entrySet()
			.stream()
			.filter(entry -> owner.equals(entry.getValue().owner()))
			.map(Map.Entry::getKey)
			.toList();
		removed.forEach(this.clients::remove);
		return removed;
	}

	private static void validate(String clientId, String clientSecret) {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(clientSecret, "clientSecret");
		if (!isValidClientId(clientId)) {
			throw new IllegalArgumentException("Umbraco client ids are 'umbraco-back-office-' followed by 1 to 100 of "
					+ "[A-Za-z0-9-._~], but got '" + clientId + "'");
		}
		if (clientSecret.isEmpty()) {
			throw new IllegalArgumentException("The client secret of '" + clientId + "' must not be empty");
		}
	}

	/** The result of client authentication. */
	sealed interface Result {

		/** The client proved its identity. */
		record Authenticated(String clientId) implements Result {
		}

		/** The request itself is malformed (400 {@code invalid_request}). */
		record InvalidRequest(String description) implements Result {
		}

		/**
		 * No credentials, an unknown client or a wrong secret (401
		 * {@code invalid_client}).
		 */
		record InvalidClient() implements Result {
		}

	}

	/**
	 * Authenticates from the form's {@code client_id}/{@code client_secret} or from an
	 * {@code Authorization: Basic} header whose parts were form-URL-encoded before Base64
	 * (RFC 6749 section 2.3.1); both at once is refused as OpenIddict does.
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
		Client client = this.clients.get(clientId);
		if (client == null || !MessageDigest.isEqual(client.secret(), clientSecret.getBytes(StandardCharsets.UTF_8))) {
			return new Result.InvalidClient();
		}
		// Umbraco only finds the user behind a client while that user is an approved API
		// user.
		if (client.owner() != null && !this.ownerCanAuthenticate.test(client.owner())) {
			return new Result.InvalidClient();
		}
		return new Result.Authenticated(clientId);
	}

	/**
	 * @return id and secret, or {@code null} when the header is not valid Base64 of
	 * {@code id:secret}
	 */
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
