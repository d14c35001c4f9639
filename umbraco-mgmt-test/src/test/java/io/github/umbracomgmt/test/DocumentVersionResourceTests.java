package io.github.umbracomgmt.test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.DocumentResourceTests.DOCUMENT_TYPE_REQUIRED;
import static io.github.umbracomgmt.test.DocumentResourceTests.VARIANT_REQUIRED;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentVersionResourceTests extends ServerTestSupport {

	/** The required properties of DocumentVersionItemResponseModel. */
	private static final List<String> VERSION_ITEM_REQUIRED = List.of("document", "documentType", "id",
			"isCurrentDraftVersion", "isCurrentPublishedVersion", "preventCleanup", "user", "versionDate");

	/** The required properties of DocumentVersionResponseModel. */
	private static final List<String> VERSION_REQUIRED = List.of("documentType", "id", "values", "variants");

	private static final UUID PAGE_TYPE = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000002");

	private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));

	@Override
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder.clock(this.clock);
	}

	@Test
	void everySaveIsAVersionAndPublishingMarksTheCurrentOne() {
		UUID id = this.http.create("/document", body("First", "one"));
		this.clock.advance(Duration.ofMinutes(1));
		assertOk(this.http.put("/document/" + id, update("Second", "two")));
		assertOk(this.http.put("/document/" + id + "/publish", "{\"publishSchedules\": [{\"culture\": null}]}"));

		JsonNode page = this.http.getJson("/document-version?documentId=" + id);

		assertThat(page.get("total").asLong()).isEqualTo(2);
		JsonNode newest = page.get("items").get(0);
		assertThat(newest.propertyNames()).containsAll(VERSION_ITEM_REQUIRED);
		assertThat(newest.get("document").get("id").asString()).isEqualTo(id.toString());
		assertThat(newest.get("documentType").get("id").asString()).isEqualTo(PAGE_TYPE.toString());
		assertThat(newest.get("user").get("id").asString()).isEqualTo(this.server.users().current().getId().toString());
		assertThat(OffsetDateTime.parse(newest.get("versionDate").asString()).toInstant())
			.isEqualTo(Instant.parse("2025-03-01T08:01:00Z"));
		assertThat(newest.get("isCurrentDraftVersion").asBoolean()).isTrue();
		assertThat(newest.get("isCurrentPublishedVersion").asBoolean()).isTrue();
		assertThat(newest.get("preventCleanup").asBoolean()).isFalse();
		JsonNode oldest = page.get("items").get(1);
		assertThat(oldest.get("isCurrentDraftVersion").asBoolean()).isFalse();
		assertThat(oldest.get("isCurrentPublishedVersion").asBoolean()).isFalse();

		JsonNode version = this.http.getJson("/document-version/" + oldest.get("id").asString());
		assertThat(version.propertyNames()).containsAll(VERSION_REQUIRED);
		assertThat(version.get("document").get("id").asString()).isEqualTo(id.toString());
		assertThat(version.get("documentType").propertyNames()).containsAll(DOCUMENT_TYPE_REQUIRED);
		assertThat(version.get("variants").get(0).propertyNames()).containsAll(VARIANT_REQUIRED);
		assertThat(version.get("variants").get(0).get("name").asString()).isEqualTo("First");
		assertThat(version.get("values").get(0).get("value").asString()).isEqualTo("one");
	}

	@Test
	void versionsPageWithSkipAndTake() {
		UUID id = this.http.create("/document", body("v0", "0"));
		for (int i = 1; i < 5; i++) {
			assertOk(this.http.put("/document/" + id, update("v" + i, Integer.toString(i))));
		}

		JsonNode page = this.http.getJson("/document-version?documentId=" + id + "&skip=1&take=2");

		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(page.get("items")
			.valueStream()
			.map(item -> this.http.getJson("/document-version/" + item.get("id").asString()))
			.map(version -> version.get("variants").get(0).get("name").asString())).containsExactly("v3", "v2");
	}

	@Test
	void rollbackRestoresAnOlderVersionAsANewOne() {
		UUID id = this.http.create("/document", body("Original", "old"));
		assertOk(this.http.put("/document/" + id, update("Changed", "new")));
		String original = this.http.getJson("/document-version?documentId=" + id)
			.get("items")
			.get(1)
			.get("id")
			.asString();

		assertOk(this.http.send("POST", "/document-version/" + original + "/rollback", null));

		JsonNode document = this.http.getJson("/document/" + id);
		assertThat(document.get("variants").get(0).get("name").asString()).isEqualTo("Original");
		assertThat(document.get("values").get(0).get("value").asString()).isEqualTo("old");
		assertThat(this.http.getJson("/document-version?documentId=" + id).get("total").asLong()).isEqualTo(3);
	}

	@Test
	void preventCleanupIsKeptPerVersion() {
		UUID id = this.http.create("/document", body("Keep", "me"));
		String version = this.http.getJson("/document-version?documentId=" + id)
			.get("items")
			.get(0)
			.get("id")
			.asString();

		assertThat(this.http.send("PUT", "/document-version/" + version + "/prevent-cleanup?preventCleanup=true", null)
			.statusCode()).isEqualTo(200);

		assertThat(this.http.getJson("/document-version?documentId=" + id)
			.get("items")
			.get(0)
			.get("preventCleanup")
			.asBoolean()).isTrue();
		assertThat(this.http.send("PUT", "/document-version/" + version + "/prevent-cleanup?preventCleanup=maybe", null)
			.statusCode()).isEqualTo(400);
	}

	@Test
	void cultureFilterKeepsVersionsWithThatCulture() {
		UUID id = this.http.create("/document", """
				{"documentType": {"id": "%s"}, "template": null, "values": [],
				 "variants": [{"culture": "en-US", "name": "Home"}]}
				""".formatted(PAGE_TYPE));

		assertThat(this.http.getJson("/document-version?documentId=" + id + "&culture=en-US").get("total").asLong())
			.isEqualTo(1);
		assertThat(this.http.getJson("/document-version?documentId=" + id + "&culture=da-DK").get("total").asLong())
			.isZero();
	}

	@Test
	void unknownIdsAndMissingDocumentIdAreProblems() {
		assertProblem(this.http.get("/document-version?documentId=" + UUID.randomUUID()), 404, "ContentNotFound");
		assertProblem(this.http.get("/document-version/" + UUID.randomUUID()), 404, "NotFound");
		assertProblem(this.http.send("POST", "/document-version/" + UUID.randomUUID() + "/rollback", null), 404,
				"NotFound");
		assertValidationProblem(this.http.get("/document-version"), "InvalidRequest");
		assertValidationProblem(this.http.get("/document-version?documentId=xyz"), "InvalidRequest");
	}

	@Test
	void deletingADocumentDeletesItsVersions() {
		UUID id = this.http.create("/document", body("Gone", "soon"));
		String version = this.http.getJson("/document-version?documentId=" + id)
			.get("items")
			.get(0)
			.get("id")
			.asString();

		assertOk(this.http.delete("/document/" + id));

		assertProblem(this.http.get("/document-version/" + version), 404, "NotFound");
	}

	private static String body(String name, String title) {
		return """
				{"documentType": {"id": "%s"}, "template": null,
				 "values": [{"alias": "title", "value": "%s"}], "variants": [{"name": "%s"}]}
				""".formatted(PAGE_TYPE, title, name);
	}

	private static String update(String name, String title) {
		return """
				{"values": [{"alias": "title", "value": "%s"}], "variants": [{"name": "%s"}]}
				""".formatted(title, name);
	}

}
