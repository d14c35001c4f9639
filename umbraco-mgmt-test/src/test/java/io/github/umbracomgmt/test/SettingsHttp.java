package io.github.umbracomgmt.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON calls to the settings groups with a bearer token, plus the assertions every group's tests share: the shape
 * of a {@code 201}, of a ProblemDetails, and the required fields of a model.
 */
final class SettingsHttp {

	static final String API = "/umbraco/management/api/v1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UmbracoHttp http;

	private final String token;

	SettingsHttp(UmbracoTestServer server) {
		this.http = new UmbracoHttp(server);
		this.token = this.http.token();
	}

	HttpResponse<String> get(String pathAndQuery) {
		return this.http.get(API + pathAndQuery, this.token);
	}

	/** GET that must answer 200 with JSON. */
	JsonNode getJson(String pathAndQuery) {
		HttpResponse<String> response = get(pathAndQuery);
		assertThat(response.statusCode()).as("GET %s: %s", pathAndQuery, response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		return UmbracoHttp.json(response);
	}

	HttpResponse<String> post(String path, String json) {
		return send("POST", path, json);
	}

	HttpResponse<String> put(String path, String json) {
		return send("PUT", path, json);
	}

	HttpResponse<String> delete(String path) {
		return send("DELETE", path, null);
	}

	HttpResponse<String> send(String method, String pathAndQuery, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.http.uri(API + pathAndQuery))
			.header("Authorization", "Bearer " + this.token);
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build());
	}

	/** POST that must create: 201, empty body, the id in {@code Umb-Generated-Resource} and {@code Location}. */
	UUID create(String path, String json) {
		HttpResponse<String> response = post(path, json);
		String resource = assertCreated(response, path);
		return UUID.fromString(resource);
	}

	/** Checks a 201 and returns what {@code Umb-Generated-Resource} names. */
	static String assertCreated(HttpResponse<String> response, String path) {
		assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
		assertThat(response.body()).isEmpty();
		String resource = response.headers().firstValue("Umb-Generated-Resource").orElseThrow();
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/" + resource));
		assertNotification(response);
		return resource;
	}

	/** A 200 with an empty body and a success notification, as updates and deletes answer. */
	static void assertOk(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertNotification(response);
	}

	static void assertNotification(HttpResponse<String> response) {
		String header = response.headers().firstValue("Umb-Notifications").orElseThrow();
		JsonNode notifications = JSON.readTree(header);
		assertThat(notifications.isArray()).isTrue();
		assertThat(notifications.get(0).propertyNames()).contains("message", "category", "type");
		assertThat(notifications.get(0).get("type").asString()).isEqualTo("Success");
	}

	/** A ProblemDetails with Umbraco's {@code operationStatus}. */
	static JsonNode assertProblem(HttpResponse<String> response, int status, String operationStatus) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = UmbracoHttp.json(response);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("operationStatus").asString()).isEqualTo(operationStatus);
		return problem;
	}

	/** Every required field of a schema is present (nullable ones may be {@code null}). */
	static void assertRequired(JsonNode node, Collection<String> required) {
		assertThat(node.propertyNames()).containsAll(required);
	}

	/** Only the fields the schema declares, since every model has {@code additionalProperties: false}. */
	static void assertOnly(JsonNode node, Collection<String> declared) {
		assertThat(declared).containsAll(node.propertyNames());
	}

	static List<String> texts(JsonNode array, String field) {
		return array.valueStream().map(item -> item.get(field).asString()).toList();
	}
}
