package io.github.umbracomgmt.test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.MediaTestClient.API;
import static io.github.umbracomgmt.test.MediaTestClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

class TemporaryFileResourceTests {

	/** Bytes a text round trip would corrupt, plus what a naive multipart parser trips on: CRLF and dashes. */
	private static final byte[] AWKWARD = { 0, (byte) 0xFF, (byte) 0xC3, 0x28, '\r', '\n', '-', '-', '\r', '\n', 'x',
			'\r', '\n', '\r', '\n', (byte) 0x80 };

	private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	/** Tokens outlive the files here, so moving the clock a day expires only the files. */
	private final UmbracoTestServer server = UmbracoTestServer.builder()
		.clock(this.clock)
		.tokenLifetime(Duration.ofDays(7))
		.start();

	private final MediaTestClient client = new MediaTestClient(this.server);

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void uploadKeepsExactBytesAndNameThenReadsAndDeletes() {
		UUID id = UUID.randomUUID();

		HttpResponse<String> created = this.client.uploadForm("report 2025.pdf", AWKWARD, "Id", id.toString());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).isEmpty();
		assertThat(created.headers().firstValue("Umb-Generated-Resource")).hasValue(id.toString());
		assertThat(created.headers().firstValue("Location")).hasValue(API + "/temporary-file/" + id);
		assertThat(this.server.temporaryFileContent(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(AWKWARD));
		assertThat(this.server.temporaryFileName(id)).hasValue("report 2025.pdf");

		JsonNode file = this.client.getJson("/temporary-file/" + id);
		assertThat(file.propertyNames()).containsExactlyInAnyOrder("id", "availableUntil", "fileName");
		assertThat(file.get("id").asString()).isEqualTo(id.toString());
		assertThat(file.get("fileName").asString()).isEqualTo("report 2025.pdf");
		assertThat(OffsetDateTime.parse(file.get("availableUntil").asString()).toInstant())
			.isEqualTo(START.plus(Duration.ofDays(1)));

		HttpResponse<String> deleted = this.client.delete("/temporary-file/" + id);
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(deleted.body()).isEmpty();
		assertThat(problem(this.client.get("/temporary-file/" + id), 404)).isEqualTo("NotFound");
		assertThat(problem(this.client.delete("/temporary-file/" + id), 404)).isEqualTo("NotFound");
		assertThat(this.server.temporaryFileContent(id)).isEmpty();
	}

	@Test
	void formFieldNamesMatchCaseInsensitivelyAsInAspNet() {
		UUID id = UUID.randomUUID();

		HttpResponse<String> created = this.client.uploadForm("a.txt", new byte[] { 1, 2, 3 }, "id", id.toString());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(this.server.temporaryFileCount()).isEqualTo(1);
	}

	@Test
	void readsSpringStyleMultipartWithQuotedBoundaryAndPartHeaders() {
		UUID id = UUID.randomUUID();
		String boundary = "x-_Bnd:1";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"File\"; filename=\"d\u00e9j\u00e0.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\nContent-Length: " + AWKWARD.length + "\r\n\r\n";
		String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"Id\"\r\n"
				+ "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: 36\r\n\r\n" + id + "\r\n--" + boundary
				+ "--\r\n";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(AWKWARD);
		body.writeBytes(tail.getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> created = this.client.send(HttpRequest
			.newBuilder(URI.create(this.server.baseUrl() + API + "/temporary-file"))
			.header("Authorization", "Bearer " + this.client.token())
			.header("Content-Type", "multipart/form-data;boundary=\"" + boundary + "\";charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(this.server.temporaryFileContent(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(AWKWARD));
		assertThat(this.server.temporaryFileName(id)).hasValue("d\u00e9j\u00e0.bin");
	}

	@Test
	void missingOrMalformedFieldsAreValidationProblems() {
		HttpResponse<String> noFile = this.client.uploadForm(null, null, "Id", UUID.randomUUID().toString());
		assertThat(problem(noFile, 400)).isNull();
		assertThat(UmbracoHttp.json(noFile).get("errors").has("File")).isTrue();

		HttpResponse<String> noId = this.client.uploadForm("a.txt", new byte[] { 1 });
		assertThat(problem(noId, 400)).isNull();
		assertThat(UmbracoHttp.json(noId).get("errors").has("Id")).isTrue();

		HttpResponse<String> badId = this.client.uploadForm("a.txt", new byte[] { 1 }, "Id", "not-a-guid");
		assertThat(problem(badId, 400)).isNull();
		assertThat(UmbracoHttp.json(badId).get("errors").get("Id").get(0).asString()).contains("not-a-guid");
		assertThat(this.server.temporaryFileCount()).isZero();
	}

	@Test
	void reusedIdAndDisallowedExtensionAreRefusedWithOperationStatus() {
		UUID id = this.client.upload("a.txt", new byte[] { 1 });

		assertThat(problem(this.client.uploadForm("b.txt", new byte[] { 2 }, "Id", id.toString()), 400))
			.isEqualTo("KeyAlreadyUsed");
		assertThat(problem(this.client.uploadForm("web.config", new byte[] { 2 }, "Id", UUID.randomUUID().toString()),
				400))
			.isEqualTo("FileExtensionNotAllowed");
		assertThat(this.server.temporaryFileContent(id)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1));
	}

	@Test
	void uploadsExpireAfterADayByTheServersClock() {
		UUID id = this.client.upload("a.txt", new byte[] { 1 });

		this.clock.advance(Duration.ofHours(23));
		assertThat(this.client.get("/temporary-file/" + id).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(1));
		assertThat(problem(this.client.get("/temporary-file/" + id), 404)).isEqualTo("NotFound");
		assertThat(this.server.temporaryFileCount()).isZero();
	}

	@Test
	void configurationHasEveryRequiredPropertyWithUmbracosDefaults() {
		JsonNode configuration = this.client.getJson("/temporary-file/configuration");

		assertThat(configuration.propertyNames()).contains("imageFileTypes", "disallowedUploadedFilesExtensions",
				"allowedUploadedFileExtensions");
		assertThat(configuration.get("imageFileTypes").valueStream().map(JsonNode::asString).toList())
			.contains("jpg", "png", "webp");
		assertThat(configuration.get("disallowedUploadedFilesExtensions").valueStream().map(JsonNode::asString).toList())
			.contains("config", "aspx");
		assertThat(configuration.get("allowedUploadedFileExtensions").isEmpty()).isTrue();
	}

	@Test
	void seededFilesAreServedAndTokensAreRequired() {
		UUID id = this.server.addTemporaryFile("seed.png", new byte[] { 9 });

		assertThat(this.client.getJson("/temporary-file/" + id).get("fileName").asString()).isEqualTo("seed.png");
		assertThat(this.client.unauthenticatedGet("/temporary-file/" + id).statusCode()).isEqualTo(401);
		assertThat(this.server.apiRequests("GET", API + "/temporary-file/" + id)).isEqualTo(2);
		assertThat(this.server.temporaryFileCount()).isEqualTo(1);
	}
}
