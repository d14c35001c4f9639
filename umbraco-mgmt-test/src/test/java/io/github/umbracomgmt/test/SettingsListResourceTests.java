package io.github.umbracomgmt.test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertRequired;
import static io.github.umbracomgmt.test.UmbracoHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Segments, tags, relation types, relations and redirect management. */
class SettingsListResourceTests extends ServerTestSupport {

	private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));

	@Override
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder.clock(this.clock);
	}

	@Test
	void segmentsStartEmptyAndPage() {
		assertThat(this.http.getJson("/segment").get("total").asLong()).isZero();
		this.server.settings().addSegment("vip", "VIP visitors");
		this.server.settings().addSegment("new", "New visitors");

		JsonNode page = this.http.getJson("/segment?skip=1&take=1");
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertRequired(page.get("items").get(0), List.of("alias", "name"));
		assertThat(texts(page.get("items"), "alias")).containsExactly("new");
	}

	@Test
	void tagsFilterByQueryGroupAndCulture() {
		this.server.settings().addTag("Umbraco", "default", null, 3);
		this.server.settings().addTag("Java", "default", null, 1);
		this.server.settings().addTag("Spring", "tech", null, 2);
		this.server.settings().addTag("Kaffe", "default", "da-DK", 1);

		JsonNode invariant = this.http.getJson("/tag");
		assertThat(invariant.get("total").asLong()).isEqualTo(3);
		assertRequired(invariant.get("items").get(0), List.of("id", "nodeCount"));
		assertThat(invariant.get("items").get(0).get("nodeCount").asInt()).isEqualTo(3);
		assertThat(texts(this.http.getJson("/tag?query=UMB").get("items"), "text")).containsExactly("Umbraco");
		assertThat(texts(this.http.getJson("/tag?tagGroup=tech").get("items"), "text")).containsExactly("Spring");
		assertThat(texts(this.http.getJson("/tag?culture=da-DK").get("items"), "text")).containsExactly("Kaffe");
		assertThat(this.http.getJson("/tag?culture=*").get("total").asLong()).isEqualTo(4);
		assertThat(texts(this.http.getJson("/tag?skip=1&take=1").get("items"), "text")).containsExactly("Java");
	}

	@Test
	void relationTypesAreUmbracosBuiltIns() {
		JsonNode page = this.http.getJson("/relation-type");
		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(texts(page.get("items"), "alias")).contains("relateDocumentOnCopy", "umbMedia", "umbDocument");

		JsonNode copy = this.http.getJson("/relation-type/" + RelationTypeIds.RELATE_DOCUMENT_ON_COPY);
		assertRequired(copy, List.of("id", "isBidirectional", "isDependency", "name"));
		assertThat(copy.get("name").asString()).isEqualTo("Relate Document On Copy");
		assertThat(copy.get("isBidirectional").asBoolean()).isTrue();
		assertThat(copy.get("parentObject").get("name").asString()).isEqualTo("Document");
		JsonNode media = this.http.getJson("/relation-type/" + RelationTypeIds.RELATED_MEDIA);
		assertThat(media.get("isDependency").asBoolean()).isTrue();
		assertThat(media.get("parentObject").isNull()).isTrue();

		assertProblem(this.http.get("/relation-type/" + UUID.randomUUID()), 404, "NotFound");
		JsonNode items = this.http.getJson("/item/relation-type?id=" + RelationTypeIds.RELATED_DOCUMENT);
		assertThat(items.get(0).get("isDeletable").asBoolean()).isFalse();
		assertThat(texts(this.http.getJson("/relation-type?skip=4&take=10").get("items"), "id")).hasSize(1);
	}

	@Test
	void relationsOfAType() {
		assertThat(this.http.getJson("/relation/type/" + RelationTypeIds.RELATED_MEDIA).get("total").asLong()).isZero();
		UUID parent = UUID.randomUUID();
		UUID child = UUID.randomUUID();
		UUID id = this.server.settings().addRelation(RelationTypeIds.RELATED_MEDIA, parent, "Home", child, "Logo");
		this.server.settings().addRelation(RelationTypeIds.RELATED_MEDIA, parent, "Home", UUID.randomUUID(), null);

		JsonNode page = this.http.getJson("/relation/type/" + RelationTypeIds.RELATED_MEDIA + "?take=1");
		assertThat(page.get("total").asLong()).isEqualTo(2);
		JsonNode relation = page.get("items").get(0);
		assertRequired(relation, List.of("child", "createDate", "id", "parent", "relationType"));
		assertThat(relation.get("id").asString()).isEqualTo(id.toString());
		assertThat(relation.get("parent").get("name").asString()).isEqualTo("Home");
		assertThat(relation.get("child").get("id").asString()).isEqualTo(child.toString());
		assertThat(OffsetDateTime.parse(relation.get("createDate").asString()).toInstant())
			.isEqualTo(this.clock.instant());
		assertProblem(this.http.get("/relation/type/" + UUID.randomUUID()), 404, "NotFound");
	}

	@Test
	void redirectsNewestFirstFilteredAndPerDocument() {
		UUID document = UUID.randomUUID();
		UUID old = this.server.settings().addRedirect(document, "/old-news/", "/news/", null);
		this.clock.advance(java.time.Duration.ofMinutes(1));
		UUID newer = this.server.settings().addRedirect(document, "/blog/", "/news/", "en-US");
		this.server.settings().addRedirect(UUID.randomUUID(), "/about-us/", "/about/", null);

		JsonNode all = this.http.getJson("/redirect-management");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		JsonNode first = all.get("items").get(0);
		assertRequired(first, List.of("created", "destinationUrl", "document", "id", "originalUrl"));
		assertThat(OffsetDateTime.parse(first.get("created").asString()).getOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(texts(this.http.getJson("/redirect-management?filter=NEWS").get("items"), "id"))
			.containsExactly(old.toString());
		assertThat(texts(this.http.getJson("/redirect-management/" + document).get("items"), "id"))
			.containsExactly(newer.toString(), old.toString());
		assertThat(this.http.getJson("/redirect-management?skip=2&take=5").get("items").size()).isEqualTo(1);

		assertOk(this.http.delete("/redirect-management/" + old));
		assertOk(this.http.delete("/redirect-management/" + UUID.randomUUID()));
		assertThat(this.http.getJson("/redirect-management/" + document).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void trackingStatusCanBeSwitched() {
		JsonNode status = this.http.getJson("/redirect-management/status");
		assertRequired(status, List.of("status", "userIsAdmin"));
		assertThat(status.get("status").asString()).isEqualTo("Enabled");
		assertThat(status.get("userIsAdmin").asBoolean()).isFalse();

		assertOk(this.http.send("POST", "/redirect-management/status?status=Disabled", null));
		assertThat(this.http.getJson("/redirect-management/status").get("status").asString()).isEqualTo("Disabled");
		assertThat(this.server.settings().redirectTrackingEnabled()).isFalse();
		assertThat(this.http.send("POST", "/redirect-management/status?status=Maybe", null).statusCode())
			.isEqualTo(400);

		this.server.reset();
		assertThat(this.server.settings().redirectTrackingEnabled()).isTrue();
	}

}
