package io.github.umbracomgmt.test;

import java.io.ByteArrayOutputStream;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' one way to speak HTTP to the fake, as a client of Umbraco would, over the
 * JDK {@link HttpClient}.
 *
 * <p>
 * Methods that take a token send raw requests to absolute paths, for the tests of the
 * token endpoint, bearer authentication and the transport. The others call the Management
 * API with the token this helper holds (see {@link #authenticated} and
 * {@link #useToken}), their paths relative to {@link #API}. The static {@code assert...}
 * methods check the answers all resource groups share, so every group's tests hold them
 * to the same shape.
 */
final class UmbracoHttp {

	static final String API = "/umbraco/management/api/v1";

	static final String TOKEN_PATH = API + "/security/back-office/token";

	static final String REVOKE_PATH = API + "/security/back-office/revoke";

	static final String CURRENT_USER_PATH = API + "/user/current";

	static final String USERS_PATH = API + "/user";

	/** The {@code type} of Umbraco's own ProblemDetails. */
	private static final String UMBRACO_PROBLEM = "Error";

	/** The {@code type} and {@code title} of ASP.NET's 400 validation problem. */
	private static final String VALIDATION_PROBLEM = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

	private static final String VALIDATION_TITLE = "One or more validation errors occurred.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final UmbracoTestServer server;

	private String token;

	UmbracoHttp(UmbracoTestServer server) {
		this.server = server;
	}

	/**
	 * A helper whose API calls carry a token, fetched now, of the server's default
	 * client.
	 */
	static UmbracoHttp authenticated(UmbracoTestServer server) {
		UmbracoHttp http = new UmbracoHttp(server);
		http.useToken(http.token());
		return http;
	}

	// raw requests and the token endpoint

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

	/** A new token for the default client, through form authentication. */
	String token() {
		HttpResponse<String> response = requestToken(this.server.clientId(), this.server.clientSecret());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
		}
		return json(response).get("access_token").asString();
	}

	/** The token endpoint's answer for a client id and secret sent in the form. */
	HttpResponse<String> requestToken(String clientId, String clientSecret) {
		return postForm(TOKEN_PATH,
				form("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret), null);
	}

	/**
	 * A token for a client id and secret, failing the test when the token endpoint
	 * refuses them.
	 */
	String token(String clientId, String clientSecret) {
		HttpResponse<String> response = requestToken(clientId, clientSecret);
		assertThat(response.statusCode()).as("token: %s", response.body()).isEqualTo(200);
		return json(response).get("access_token").asString();
	}

	/**
	 * GET of an absolute path with a bearer token; {@code token} may be {@code null} for
	 * no Authorization header.
	 */
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

	// Management API calls with this helper's token, paths relative to API

	/** From now on, API calls carry this token (e.g. to act as another API user). */
	void useToken(String token) {
		this.token = token;
	}

	/** The bearer token API calls carry, for tests that build requests by hand. */
	String currentToken() {
		return this.token;
	}

	HttpResponse<String> get(String path) {
		return get(API + path, this.token);
	}

	/**
	 * GET without a token, for the operations Umbraco serves anonymously and for the 401
	 * of the others.
	 */
	HttpResponse<String> getAnonymously(String path) {
		return get(API + path, null);
	}

	/** GET that must answer 200 with JSON. */
	JsonNode getJson(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		return json(response);
	}

	HttpResponse<String> post(String path, String json) {
		return send("POST", path, json);
	}

	HttpResponse<String> post(String path, JsonNode json) {
		return post(path, json.toString());
	}

	HttpResponse<String> put(String path, String json) {
		return send("PUT", path, json);
	}

	HttpResponse<String> put(String path, JsonNode json) {
		return put(path, json.toString());
	}

	/**
	 * PATCH with a JSON Patch body ({@code application/json-patch+json}), as Umbraco 18's
	 * document patch takes.
	 */
	HttpResponse<String> patch(String path, String json) {
		return send(HttpRequest.newBuilder(uri(API + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json-patch+json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> delete(String path) {
		return send("DELETE", path, null);
	}

	/** Sends a request with a JSON body, or none when {@code json} is {@code null}. */
	HttpResponse<String> send(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(API + path))
			.header("Authorization", "Bearer " + this.token);
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return send(request.build());
	}

	/**
	 * Posts a create body, checks Umbraco's {@code 201} and returns the id from
	 * {@code Umb-Generated-Resource}.
	 */
	UUID create(String path, String json) {
		return UUID.fromString(assertCreated(post(path, json), path));
	}

	/**
	 * Like {@link #create(String, String)} for the media groups, which answer without a
	 * notification.
	 */
	UUID createWithoutNotification(String path, JsonNode json) {
		return UUID.fromString(assertCreatedWithoutNotification(post(path, json), path));
	}

	/**
	 * Uploads like a browser form to {@code /temporary-file}.
	 * @param fields form field names and values before the file (e.g. {@code "Id", id});
	 * {@code fileName} null leaves the file part out
	 */
	HttpResponse<String> uploadForm(String fileName, byte[] content, String... fields) {
		String boundary = "----umbraco-test-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int i = 0; i < fields.length; i += 2) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n");
		}
		if (fileName != null) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"File\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(content);
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(API + "/temporary-file"))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Uploads under a new id and returns it, asserting the {@code 201}. */
	UUID upload(String fileName, byte[] content) {
		UUID id = UUID.randomUUID();
		HttpResponse<String> response = uploadForm(fileName, content, "Id", id.toString());
		assertThat(response.statusCode()).as("upload: %s", response.body()).isEqualTo(201);
		return id;
	}

	// what every group answers

	/**
	 * Checks Umbraco's {@code 201}: an empty body, the new resource in
	 * {@code Umb-Generated-Resource}, a {@code Location} below {@code resourcePath} and a
	 * success notification.
	 * @param resourcePath where the new resource lives relative to {@link #API}, e.g.
	 * {@code /template}
	 * @return what {@code Umb-Generated-Resource} names
	 */
	static String assertCreated(HttpResponse<String> response, String resourcePath) {
		String resource = assertCreatedResource(response, resourcePath);
		assertNotification(response);
		return resource;
	}

	/**
	 * Like {@link #assertCreated} for the media groups, whose {@code 201} carries no
	 * notification.
	 */
	static String assertCreatedWithoutNotification(HttpResponse<String> response, String resourcePath) {
		String resource = assertCreatedResource(response, resourcePath);
		assertThat(response.headers().firstValue("Umb-Notifications")).isEmpty();
		return resource;
	}

	/**
	 * Checks a {@code 200} with an empty body and a success notification, as updates and
	 * deletes answer.
	 */
	static void assertOk(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertNotification(response);
	}

	/**
	 * Checks the {@code Umb-Notifications} header: a JSON array whose first notification
	 * is a success.
	 */
	static void assertNotification(HttpResponse<String> response) {
		String header = response.headers().firstValue("Umb-Notifications").orElseThrow();
		assertThat(header).contains("\"type\":\"Success\"");
		JsonNode notifications = JSON.readTree(header);
		assertThat(notifications.isArray()).isTrue();
		assertThat(notifications.get(0).propertyNames()).contains("message", "category", "type");
		assertThat(notifications.get(0).get("type").asString()).isEqualTo("Success");
	}

	/**
	 * Checks Umbraco's own ProblemDetails ({@code type} {@code "Error"}) with a title and
	 * a detail.
	 * @param operationStatus the expected {@code operationStatus}, or {@code null} when
	 * the problem has none
	 * @return the problem, for further assertions
	 */
	static JsonNode assertProblem(HttpResponse<String> response, int status, String operationStatus) {
		JsonNode problem = assertProblemShape(response, status, UMBRACO_PROBLEM, operationStatus);
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem;
	}

	/**
	 * Like {@link #assertProblem} for the many operation statuses where Umbraco sets only
	 * a title.
	 */
	static JsonNode assertTitleOnlyProblem(HttpResponse<String> response, int status, String operationStatus) {
		JsonNode problem = assertProblemShape(response, status, UMBRACO_PROBLEM, operationStatus);
		assertThat(problem.has("detail")).as("detail").isFalse();
		return problem;
	}

	/**
	 * Checks ASP.NET's 400 validation problem, with its {@code errors} map; where the
	 * fake adds an {@code operationStatus}, it also explains the failure in
	 * {@code detail}.
	 * @param operationStatus the expected {@code operationStatus}, or {@code null} for
	 * ASP.NET's plain problem
	 */
	static JsonNode assertValidationProblem(HttpResponse<String> response, String operationStatus) {
		JsonNode problem = assertProblemShape(response, 400, VALIDATION_PROBLEM, operationStatus);
		assertThat(problem.get("title").asString()).isEqualTo(VALIDATION_TITLE);
		assertThat(problem.get("errors").isEmpty()).as("errors").isFalse();
		if (operationStatus != null) {
			assertThat(problem.get("detail").asString()).isNotBlank();
		}
		return problem;
	}

	/**
	 * Every required field of a schema is present (nullable ones may be {@code null}).
	 */
	static void assertRequired(JsonNode node, Collection<String> required) {
		assertThat(node.propertyNames()).containsAll(required);
	}

	/**
	 * Only the fields the schema declares, since every model has
	 * {@code additionalProperties: false}.
	 */
	static void assertOnly(JsonNode node, Collection<String> declared) {
		assertThat(declared).containsAll(node.propertyNames());
	}

	/** One field of each entry of an array, or of a paged answer's items. */
	static List<String> texts(JsonNode pageOrArray, String field) {
		JsonNode items = pageOrArray.isArray() ? pageOrArray : pageOrArray.get("items");
		return items.valueStream().map(item -> item.get(field).asString()).toList();
	}

	/** The ids of a paged answer's or an item array's entries. */
	static List<String> ids(JsonNode pageOrArray) {
		return texts(pageOrArray, "id");
	}

	// request bodies

	static ObjectNode object() {
		return JSON.createObjectNode();
	}

	/** {@code ReferenceByIdModel}. */
	static ObjectNode reference(UUID id) {
		return object().put("id", id.toString());
	}

	private static String assertCreatedResource(HttpResponse<String> response, String resourcePath) {
		assertThat(response.statusCode()).as("POST %s: %s", resourcePath, response.body()).isEqualTo(201);
		assertThat(response.body()).isEmpty();
		String resource = response.headers().firstValue("Umb-Generated-Resource").orElseThrow();
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith(API + resourcePath + "/" + resource));
		return resource;
	}

	private static JsonNode assertProblemShape(HttpResponse<String> response, int status, String type,
			String operationStatus) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
		JsonNode problem = json(response);
		assertThat(problem.get("type").asString()).isEqualTo(type);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		if (operationStatus != null) {
			assertThat(problem.get("operationStatus").asString()).isEqualTo(operationStatus);
		}
		else {
			assertThat(problem.has("operationStatus")).as("operationStatus").isFalse();
		}
		return problem;
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
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
