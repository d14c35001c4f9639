package io.github.umbracomgmt.test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON and multipart calls to the fake's Management API with a bearer token, for the media, media type and temporary
 * file tests: paths are relative to {@code /umbraco/management/api/v1}.
 */
final class MediaTestClient {

	static final String API = "/umbraco/management/api/v1";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final UmbracoHttp http;

	private final String token;

	MediaTestClient(UmbracoTestServer server) {
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

	HttpResponse<String> post(String path, JsonNode body) {
		return send("POST", path, body.toString());
	}

	HttpResponse<String> put(String path, JsonNode body) {
		return send("PUT", path, body.toString());
	}

	HttpResponse<String> send(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.http.uri(API + path))
			.header("Authorization", "Bearer " + this.token);
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		return this.http.send(request.build());
	}

	HttpResponse<String> delete(String path) {
		return send("DELETE", path, null);
	}

	/** Creates and returns the id from {@code Umb-Generated-Resource}, asserting Umbraco's create response. */
	UUID create(String path, JsonNode body) {
		HttpResponse<String> response = post(path, body);
		assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
		assertThat(response.body()).isEmpty();
		String id = response.headers().firstValue("Umb-Generated-Resource").orElseThrow();
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(API + path + "/" + id));
		return UUID.fromString(id);
	}

	/**
	 * Uploads like a browser form: an {@code Id} field and a {@code File} part.
	 * @param fields form field names and values before the file (e.g. {@code "Id", id}); {@code fileName} null
	 * leaves the file part out
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
		HttpRequest request = HttpRequest.newBuilder(this.http.uri(API + "/temporary-file"))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.send(request);
	}

	/** Uploads under a new id and returns it, asserting the 201. */
	UUID upload(String fileName, byte[] content) {
		UUID id = UUID.randomUUID();
		HttpResponse<String> response = uploadForm(fileName, content, "Id", id.toString());
		assertThat(response.statusCode()).as("upload: %s", response.body()).isEqualTo(201);
		return id;
	}

	/** The bearer token this client sends, for tests that build requests by hand. */
	String token() {
		return this.token;
	}

	HttpResponse<String> send(HttpRequest request) {
		return this.http.send(request);
	}

	HttpResponse<String> unauthenticatedGet(String path) {
		return this.http.get(API + path, null);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	// bodies

	static ObjectNode object() {
		return JSON.createObjectNode();
	}

	static ObjectNode reference(UUID id) {
		return object().put("id", id.toString());
	}

	/** A CreateMediaRequestModel with an invariant name and the given values. */
	static ObjectNode createMedia(UUID id, UUID mediaType, UUID parent, String name, JsonNode... values) {
		ObjectNode body = object();
		if (id != null) {
			body.put("id", id.toString());
		}
		if (parent != null) {
			body.set("parent", reference(parent));
		}
		else {
			body.putNull("parent");
		}
		body.set("mediaType", reference(mediaType));
		body.putArray("values").addAll(List.of(values));
		body.putArray("variants").addObject().putNull("culture").putNull("segment").put("name", name);
		return body;
	}

	/** An UpdateMediaRequestModel. */
	static ObjectNode updateMedia(String name, JsonNode... values) {
		ObjectNode body = object();
		body.putArray("values").addAll(List.of(values));
		body.putArray("variants").addObject().putNull("culture").putNull("segment").put("name", name);
		return body;
	}

	/** A MediaValueModel for an invariant property. */
	static ObjectNode value(String alias, JsonNode value) {
		ObjectNode node = object();
		node.putNull("culture");
		node.putNull("segment");
		node.put("alias", alias);
		node.set("value", value);
		return node;
	}

	static ObjectNode fileValue(UUID temporaryFileId) {
		return object().put("temporaryFileId", temporaryFileId.toString());
	}

	/** The problem's {@code operationStatus}, after checking Umbraco's ProblemDetails shape and content type. */
	static String problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = UmbracoHttp.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").isString()).isTrue();
		assertThat(problem.has("type")).isTrue();
		JsonNode operationStatus = problem.get("operationStatus");
		return (operationStatus != null) ? operationStatus.asString() : null;
	}
}
