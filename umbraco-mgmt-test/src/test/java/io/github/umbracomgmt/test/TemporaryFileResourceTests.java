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

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.API;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertTitleOnlyProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

class TemporaryFileResourceTests extends ServerTestSupport {

	/**
	 * Bytes a text round trip would corrupt, plus what a naive multipart parser trips on:
	 * CRLF and dashes.
	 */
	private static final byte[] AWKWARD = { 0, (byte) 0xFF, (byte) 0xC3, 0x28, '\r', '\n', '-', '-', '\r', '\n', 'x',
			'\r', '\n', '\r', '\n', (byte) 0x80 };

	private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	/**
	 * Tokens outlive the files here, so moving the clock a day expires only the files.
	 */
	@Override
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder.clock(this.clock).tokenLifetime(Duration.ofDays(7));
	}

	@Test
	void uploadKeepsExactBytesAndNameThenReadsAndDeletes() {
		UUID id = UUID.randomUUID();

		HttpResponse<String> created = this.http.uploadForm("report 2025.pdf", AWKWARD, "Id", id.toString());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).isEmpty();
		assertThat(created.headers().firstValue("Umb-Generated-Resource")).hasValue(id.toString());
		assertThat(created.headers().firstValue("Location")).hasValue(API + "/temporary-file/" + id);
		assertThat(this.server.media().temporaryFileContent(id))
			.hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(AWKWARD));
		assertThat(this.server.media().temporaryFileName(id)).hasValue("report 2025.pdf");

		JsonNode file = this.http.getJson("/temporary-file/" + id);
		assertThat(file.propertyNames()).containsExactlyInAnyOrder("id", "availableUntil", "fileName");
		assertThat(file.get("id").asString()).isEqualTo(id.toString());
		assertThat(file.get("fileName").asString()).isEqualTo("report 2025.pdf");
		assertThat(OffsetDateTime.parse(file.get("availableUntil").asString()).toInstant())
			.isEqualTo(START.plus(Duration.ofDays(1)));

		HttpResponse<String> deleted = this.http.delete("/temporary-file/" + id);
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(deleted.body()).isEmpty();
		assertTitleOnlyProblem(this.http.get("/temporary-file/" + id), 404, "NotFound");
		assertTitleOnlyProblem(this.http.delete("/temporary-file/" + id), 404, "NotFound");
		assertThat(this.server.media().temporaryFileContent(id)).isEmpty();
	}

	@Test
	void formFieldNamesMatchCaseInsensitivelyAsInAspNet() {
		UUID id = UUID.randomUUID();

		HttpResponse<String> created = this.http.uploadForm("a.txt", new byte[] { 1, 2, 3 }, "id", id.toString());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(this.server.media().temporaryFileCount()).isEqualTo(1);
	}

	@Test
	void readsSpringStyleMultipartWithQuotedBoundaryAndPartHeaders() {
		UUID id = UUID.randomUUID();
		String boundary = "x-_Bnd:1";
		String head = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"File\"; filename=\"d\u00e9j\u00e0.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\nContent-Length: " + AWKWARD.length + "\r\n\r\n";
		String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"Id\"\r\n"
				+ "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: 36\r\n\r\n" + id + "\r\n--" + boundary
				+ "--\r\n";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(AWKWARD);
		body.writeBytes(tail.getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> created = this.http
			.send(HttpRequest.newBuilder(URI.create(this.server.baseUrl() + API + "/temporary-file"))
				.header("Authorization", "Bearer " + this.http.currentToken())
				.header("Content-Type", "multipart/form-data;boundary=\"" + boundary + "\";charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(this.server.media().temporaryFileContent(id))
			.hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(AWKWARD));
		assertThat(this.server.media().temporaryFileName(id)).hasValue("d\u00e9j\u00e0.bin");
	}

	@Test
	void missingOrMalformedFieldsAreValidationProblems() {
		HttpResponse<String> noFile = this.http.uploadForm(null, null, "Id", UUID.randomUUID().toString());
		assertValidationProblem(noFile, null);
		assertThat(UmbracoHttp.json(noFile).get("errors").has("File")).isTrue();

		HttpResponse<String> noId = this.http.uploadForm("a.txt", new byte[] { 1 });
		assertValidationProblem(noId, null);
		assertThat(UmbracoHttp.json(noId).get("errors").has("Id")).isTrue();

		HttpResponse<String> badId = this.http.uploadForm("a.txt", new byte[] { 1 }, "Id", "not-a-guid");
		assertValidationProblem(badId, null);
		assertThat(UmbracoHttp.json(badId).get("errors").get("Id").get(0).asString()).contains("not-a-guid");
		assertThat(this.server.media().temporaryFileCount()).isZero();
	}

	@Test
	void reusedIdAndDisallowedExtensionAreRefusedWithOperationStatus() {
		UUID id = this.http.upload("a.txt", new byte[] { 1 });

		assertProblem(this.http.uploadForm("b.txt", new byte[] { 2 }, "Id", id.toString()), 400, "KeyAlreadyUsed");
		assertProblem(this.http.uploadForm("web.config", new byte[] { 2 }, "Id", UUID.randomUUID().toString()), 400,
				"FileExtensionNotAllowed");
		assertThat(this.server.media().temporaryFileContent(id))
			.hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1));
	}

	@Test
	void uploadsExpireAfterADayByTheServersClock() {
		UUID id = this.http.upload("a.txt", new byte[] { 1 });

		this.clock.advance(Duration.ofHours(23));
		assertThat(this.http.get("/temporary-file/" + id).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(1));
		assertTitleOnlyProblem(this.http.get("/temporary-file/" + id), 404, "NotFound");
		assertThat(this.server.media().temporaryFileCount()).isZero();
	}

	@Test
	void configurationHasEveryRequiredPropertyWithUmbracosDefaults() {
		JsonNode configuration = this.http.getJson("/temporary-file/configuration");

		assertThat(configuration.propertyNames()).contains("imageFileTypes", "disallowedUploadedFilesExtensions",
				"allowedUploadedFileExtensions");
		assertThat(configuration.get("imageFileTypes").valueStream().map(JsonNode::asString).toList()).contains("jpg",
				"png", "webp");
		assertThat(
				configuration.get("disallowedUploadedFilesExtensions").valueStream().map(JsonNode::asString).toList())
			.contains("config", "aspx");
		assertThat(configuration.get("allowedUploadedFileExtensions").isEmpty()).isTrue();
	}

	@Test
	void seededFilesAreServedAndTokensAreRequired() {
		UUID id = this.server.media().addTemporaryFile("seed.png", new byte[] { 9 });

		assertThat(this.http.getJson("/temporary-file/" + id).get("fileName").asString()).isEqualTo("seed.png");
		assertThat(this.http.getAnonymously("/temporary-file/" + id).statusCode()).isEqualTo(401);
		assertThat(this.server.apiRequests("GET", API + "/temporary-file/" + id)).isEqualTo(2);
		assertThat(this.server.media().temporaryFileCount()).isEqualTo(1);
	}

}
