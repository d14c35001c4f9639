package io.github.umbracomgmt.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON calls with a bearer token for the tests of the operational groups (webhooks, health checks, indexers,
 * searchers, server); paths are relative to {@code /umbraco/management/api/v1}.
 */
final class OperationsTestClient {

	static final String API = "/umbraco/management/api/v1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UmbracoHttp http;

	private final String token;

	OperationsTestClient(UmbracoTestServer server) {
		this.http = new UmbracoHttp(server);
		this.token = this.http.token();
	}

	HttpResponse<String> get(String path) {
		return this.http.get(API + path, this.token);
	}

	/** GET without a token, for the operations Umbraco serves anonymously. */
	HttpResponse<String> getAnonymously(String path) {
		return this.http.get(API + path, null);
	}

	JsonNode getJson(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
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

	/** Posts a create body, checks Umbraco's 201 with an empty body and returns the generated id. */
	UUID create(String path, String json) {
		HttpResponse<String> response = post(path, json);
		assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
		assertThat(response.body()).isEmpty();
		UUID id = UUID.fromString(response.headers().firstValue("Umb-Generated-Resource").orElseThrow());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(API + path + "/" + id));
		return id;
	}

	/** Sends a body-less or JSON request; {@code json} may be {@code null}. */
	HttpResponse<String> send(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.http.uri(API + path))
			.header("Authorization", "Bearer " + this.token);
		if (json != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build());
	}

	/** Checks Umbraco's ProblemDetails shape and returns the body for further assertions. */
	static JsonNode problem(HttpResponse<String> response, int status, String operationStatus) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = UmbracoHttp.json(response);
		assertThat(problem.get("type").asString()).isEqualTo("Error");
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		if (operationStatus != null) {
			assertThat(problem.get("operationStatus").asString()).isEqualTo(operationStatus);
		}
		return problem;
	}

	/** Checks an Umbraco {@code 200} with an empty body and a success notification. */
	static void okWithNotification(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		JsonNode notifications = JSON.readTree(response.headers().firstValue("Umb-Notifications").orElseThrow());
		assertThat(notifications.get(0).get("type").asString()).isEqualTo("Success");
	}
}
