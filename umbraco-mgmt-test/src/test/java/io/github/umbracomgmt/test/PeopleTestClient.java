package io.github.umbracomgmt.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON calls to the fake's Management API for the user and member groups' tests, with a bearer token that a test may
 * switch (to act as another API user); paths are relative to {@code /umbraco/management/api/v1}.
 */
final class PeopleTestClient {

	static final String API = "/umbraco/management/api/v1";

	private final UmbracoHttp http;

	private String token;

	PeopleTestClient(UmbracoTestServer server) {
		this.http = new UmbracoHttp(server);
		this.token = this.http.token();
	}

	UmbracoHttp http() {
		return this.http;
	}

	/** From now on, calls carry this token. */
	void useToken(String token) {
		this.token = token;
	}

	/** The token endpoint's answer for a client id and secret sent in the form. */
	HttpResponse<String> requestToken(String clientId, String clientSecret) {
		return this.http.postForm(UmbracoHttp.TOKEN_PATH, UmbracoHttp.form("grant_type", "client_credentials",
				"client_id", clientId, "client_secret", clientSecret), null);
	}

	/** A token for a client id and secret, failing the test when the token endpoint refuses them. */
	String token(String clientId, String clientSecret) {
		HttpResponse<String> response = requestToken(clientId, clientSecret);
		assertThat(response.statusCode()).as("token: %s", response.body()).isEqualTo(200);
		return UmbracoHttp.json(response).get("access_token").asString();
	}

	HttpResponse<String> get(String path) {
		return send("GET", path, null);
	}

	JsonNode getJson(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
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

	/** Posts a create body, checks Umbraco's 201 and returns the id from {@code Umb-Generated-Resource}. */
	UUID create(String path, String json) {
		HttpResponse<String> response = post(path, json);
		assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
		assertThat(response.body()).isEmpty();
		UUID id = UUID.fromString(response.headers().firstValue("Umb-Generated-Resource").orElseThrow());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(API + path + "/" + id));
		return id;
	}

	/** Sends a request with a JSON body, or none when {@code json} is {@code null}. */
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

	/** Checks a 200 with an empty body and a success notification, as updates and deletes answer. */
	static void assertOk(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("Umb-Notifications")).hasValueSatisfying(
				header -> assertThat(header).contains("\"type\":\"Success\""));
	}

	/** Checks Umbraco's ProblemDetails shape and returns it. */
	static JsonNode assertProblem(HttpResponse<String> response, int status, String operationStatus) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = UmbracoHttp.json(response);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("operationStatus").asString()).isEqualTo(operationStatus);
		return problem;
	}

	/** The ids of a paged answer's or an item array's entries. */
	static List<String> ids(JsonNode pageOrArray) {
		JsonNode items = pageOrArray.isArray() ? pageOrArray : pageOrArray.get("items");
		return items.valueStream().map(item -> item.get("id").asString()).toList();
	}
}
