package io.github.umbracomgmt.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON calls to the fake's Management API with a bearer token, for the Document groups' tests: paths are relative to
 * {@code /umbraco/management/api/v1}.
 */
final class DocumentTestClient {

	static final String API = "/umbraco/management/api/v1";

	/** The required properties of DocumentResponseModel. */
	static final List<String> DOCUMENT_REQUIRED = List.of("documentType", "id", "isTrashed", "urls", "values",
			"variants");

	/** The required properties of DocumentVariantResponseModel. */
	static final List<String> VARIANT_REQUIRED = List.of("createDate", "name", "state", "updateDate");

	/** The required properties of DocumentValueResponseModel. */
	static final List<String> VALUE_REQUIRED = List.of("alias", "editorAlias");

	/** The required properties of DocumentTypeReferenceResponseModel. */
	static final List<String> DOCUMENT_TYPE_REQUIRED = List.of("icon", "id");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UmbracoHttp http;

	private final String token;

	DocumentTestClient(UmbracoTestServer server) {
		this.http = new UmbracoHttp(server);
		this.token = this.http.token();
	}

	HttpResponse<String> get(String path) {
		return this.http.get(API + path, this.token);
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
		return UUID.fromString(response.headers().firstValue("Umb-Generated-Resource").orElseThrow());
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

	/** An invariant create body for a document of the given type. */
	static String invariantDocument(String name, UUID documentTypeId) {
		return """
				{"documentType": {"id": "%s"}, "template": null, "values": [], "variants": [{"name": "%s"}]}
				""".formatted(documentTypeId, name);
	}

	/** Checks a ProblemDetails answer: status, media type, Umbraco's fields and {@code operationStatus}. */
	static JsonNode assertProblem(HttpResponse<String> response, int status, String operationStatus) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = UmbracoHttp.json(response);
		assertThat(problem.get("type").asString()).isNotBlank();
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("operationStatus").asString()).isEqualTo(operationStatus);
		return problem;
	}

	/** Checks an Umbraco success without body, with its {@code Umb-Notifications} header. */
	static void assertOk(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		JsonNode notifications = JSON.readTree(response.headers().firstValue("Umb-Notifications").orElseThrow());
		assertThat(notifications.isArray()).isTrue();
		assertThat(notifications.get(0).propertyNames()).contains("message", "category", "type");
		assertThat(notifications.get(0).get("type").asString()).isEqualTo("Success");
	}
}
