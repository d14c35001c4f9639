package io.github.umbracomgmt.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JDK {@link HttpClient} wrapper that speaks to the fake the way a client of Umbraco would. */
final class UmbracoHttp {

	static final String TOKEN_PATH = "/umbraco/management/api/v1/security/back-office/token";

	static final String REVOKE_PATH = "/umbraco/management/api/v1/security/back-office/revoke";

	static final String CURRENT_USER_PATH = "/umbraco/management/api/v1/user/current";

	static final String USERS_PATH = "/umbraco/management/api/v1/user";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final UmbracoTestServer server;

	UmbracoHttp(UmbracoTestServer server) {
		this.server = server;
	}

	static Map<String, String> form(String... keysAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			form.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return form;
	}

	static String basic(String clientId, String clientSecret) {
		String pair = encode(clientId) + ":" + encode(clientSecret);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Posts a form; {@code authorization} may be {@code null}. */
	HttpResponse<String> postForm(String path, Map<String, String> form, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encodeForm(form)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	/** A token for the default client, through form authentication. */
	String token() {
		HttpResponse<String> response = postForm(TOKEN_PATH, form("grant_type", "client_credentials", "client_id",
				this.server.clientId(), "client_secret", this.server.clientSecret()), null);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
		}
		return json(response).get("access_token").asString();
	}

	/** GET with a bearer token; {@code token} may be {@code null} for no Authorization header. */
	HttpResponse<String> get(String pathAndQuery, String token) {
		return send(getRequest(pathAndQuery, token));
	}

	HttpRequest getRequest(String pathAndQuery, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.build();
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpClient client() {
		return this.client;
	}

	URI uri(String pathAndQuery) {
		return URI.create(this.server.baseUrl() + pathAndQuery);
	}

	private static String encodeForm(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
