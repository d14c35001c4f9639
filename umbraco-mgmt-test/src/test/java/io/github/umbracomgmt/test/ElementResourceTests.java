package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertCreated;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOk;
import static io.github.umbracomgmt.test.UmbracoHttp.assertOnly;
import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertRequired;
import static io.github.umbracomgmt.test.UmbracoHttp.ids;
import static io.github.umbracomgmt.test.UmbracoHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code Element} and {@code Element Version} groups of Umbraco 18, over HTTP. */
class ElementResourceTests extends ServerTestSupport {

	/** ElementResponseModel's required properties (18.1). */
	private static final List<String> ELEMENT_REQUIRED = List.of("isTrashed", "documentType", "id", "flags", "values",
			"variants");

	/** ElementVariantResponseModel's required properties. */
	private static final List<String> VARIANT_REQUIRED = List.of("name", "id", "flags", "state", "createDate",
			"updateDate");

	/**
	 * ElementTreeItemResponseModel's properties, all of them required but documentType
	 * and parent.
	 */
	private static final List<String> TREE_ITEM = List.of("createDate", "documentType", "variants", "isFolder",
			"noAccess", "name", "id", "parent", "flags", "hasChildren");

	/** ElementItemResponseModel's properties. */
	private static final List<String> ITEM = List.of("isTrashed", "parent", "hasChildren", "documentType", "variants",
			"id", "flags");

	/** ElementRecycleBinItemResponseModel's properties. */
	private static final List<String> RECYCLE_BIN_ITEM = List.of("documentType", "variants", "isFolder", "name", "id",
			"createDate", "hasChildren", "parent");

	private static final UUID HERO_TYPE = UUID.fromString("e1e2e3e4-0000-4000-8000-000000000001");

	@Test
	void createReadUpdateAndDeleteAnElement() {
		UUID folder = this.server.elements().addFolder("Heroes", null);
		HttpResponse<String> created = this.http.post("/element", """
				{"documentType": {"id": "%s"}, "parent": {"id": "%s"},
				 "values": [{"alias": "headline", "culture": null, "segment": null, "value": "Hello"}],
				 "variants": [{"culture": null, "segment": null, "name": "Main hero"}]}
				""".formatted(HERO_TYPE, folder));
		UUID id = UUID.fromString(assertCreated(created, "/element"));

		JsonNode element = this.http.getJson("/element/" + id);
		assertRequired(element, ELEMENT_REQUIRED);
		assertOnly(element, ELEMENT_REQUIRED);
		assertThat(element.get("isTrashed").asBoolean()).isFalse();
		assertThat(element.get("flags").isArray()).isTrue();
		assertThat(element.get("documentType").get("id").asString()).isEqualTo(HERO_TYPE.toString());
		assertThat(element.get("values").get(0).get("value").asString()).isEqualTo("Hello");
		JsonNode variant = element.get("variants").get(0);
		assertRequired(variant, VARIANT_REQUIRED);
		assertThat(variant.get("name").asString()).isEqualTo("Main hero");
		assertThat(variant.get("state").asString()).isEqualTo("Draft");
		OffsetDateTime.parse(variant.get("createDate").asString());

		assertOk(this.http.put("/element/" + id, """
				{"values": [{"alias": "headline", "value": "Welcome"}], "variants": [{"name": "Top hero"}]}
				"""));
		JsonNode updated = this.http.getJson("/element/" + id);
		assertThat(updated.get("values").get(0).get("value").asString()).isEqualTo("Welcome");
		assertThat(updated.get("variants").get(0).get("name").asString()).isEqualTo("Top hero");

		assertOk(this.http.delete("/element/" + id));
		assertProblem(this.http.get("/element/" + id), 404, "NotFound");
		assertThat(this.server.elements().has(id)).isFalse();
	}

	@Test
	void createValidatesLikeUmbraco() {
		UUID taken = this.server.elements().add("Taken", HERO_TYPE, null);

		assertProblem(this.http.post("/element", """
				{"documentType": {"id": "%s"}, "parent": {"id": "%s"}, "values": [], "variants": [{"name": "x"}]}
				""".formatted(HERO_TYPE, UUID.randomUUID())), 404, "ParentNotFound");
		assertProblem(this.http.post("/element", """
				{"id": "%s", "documentType": {"id": "%s"}, "values": [], "variants": [{"name": "x"}]}
				""".formatted(taken, HERO_TYPE)), 400, "DuplicateKey");
		UmbracoHttp.assertValidationProblem(this.http.post("/element", """
				{"values": [], "variants": [{"name": "x"}]}
				"""), "InvalidRequest");
		assertThat(this.http.post("/element/validate", """
				{"documentType": {"id": "%s"}, "values": [], "variants": [{"name": "x"}]}
				""".formatted(HERO_TYPE)).statusCode()).isEqualTo(200);
		assertThat(this.server.elements().count()).isEqualTo(1);
	}

	@Test
	void publishAndUnpublish() {
		UUID id = this.server.elements().add("Hero", HERO_TYPE, null);

		assertOk(this.http.put("/element/" + id + "/publish", """
				{"publishSchedules": [{"culture": null}]}
				"""));
		JsonNode published = this.http.getJson("/element/" + id).get("variants").get(0);
		assertThat(published.get("state").asString()).isEqualTo("Published");
		OffsetDateTime.parse(published.get("publishDate").asString());

		assertOk(this.http.put("/element/" + id, """
				{"values": [], "variants": [{"name": "Hero 2"}]}
				"""));
		assertThat(this.http.getJson("/element/" + id).get("variants").get(0).get("state").asString())
			.isEqualTo("PublishedPendingChanges");

		assertOk(this.http.put("/element/" + id + "/unpublish", "{}"));
		assertThat(this.http.getJson("/element/" + id).get("variants").get(0).get("state").asString())
			.isEqualTo("Draft");
		assertProblem(this.http.put("/element/" + id + "/publish", """
				{"publishSchedules": [{"culture": "da-DK"}]}
				"""), 400, "InvalidCulture");
		assertProblem(this.http.put("/element/" + UUID.randomUUID() + "/publish", """
				{"publishSchedules": []}
				"""), 404, "ContentNotFound");
	}

	@Test
	void foldersAreCreatedRenamedMovedAndDeletedWhenEmpty() {
		HttpResponse<String> created = this.http.post("/element/folder", """
				{"name": "Banners", "parent": null}
				""");
		UUID banners = UUID.fromString(assertCreated(created, "/element/folder"));
		UUID archive = this.server.elements().addFolder("Archive", null);

		JsonNode folder = this.http.getJson("/element/folder/" + banners);
		assertThat(folder.get("name").asString()).isEqualTo("Banners");
		assertThat(folder.get("isTrashed").asBoolean()).isFalse();

		assertOk(this.http.put("/element/folder/" + banners, """
				{"name": "Promos"}
				"""));
		assertThat(this.http.getJson("/element/folder/" + banners).get("name").asString()).isEqualTo("Promos");
		assertProblem(this.http.post("/element/folder", """
				{"name": "promos"}
				"""), 400, "DuplicateName");

		assertOk(this.http.put("/element/folder/" + banners + "/move", """
				{"target": {"id": "%s"}}
				""".formatted(archive)));
		assertThat(ids(this.http.getJson("/tree/element/children?parentId=" + archive)))
			.containsExactly(banners.toString());

		UUID element = this.server.elements().add("Sale", HERO_TYPE, banners);
		assertProblem(this.http.delete("/element/folder/" + banners), 400, "NotEmpty");
		assertOk(this.http.put("/element/" + element + "/move", "{\"target\": null}"));
		assertOk(this.http.delete("/element/folder/" + banners));
		assertProblem(this.http.get("/element/folder/" + banners), 404, "NotFound");
	}

	@Test
	void treeListsFoldersBeforeElementsAndKnowsAncestorsAndSiblings() {
		UUID folder = this.server.elements().addFolder("Zebra folder", null);
		UUID first = this.server.elements().add("Alpha", HERO_TYPE, null);
		UUID second = this.server.elements().add("Beta", HERO_TYPE, null);
		UUID nested = this.server.elements().add("Nested", HERO_TYPE, folder);

		JsonNode root = this.http.getJson("/tree/element/root");
		assertThat(root.get("total").asLong()).isEqualTo(3);
		assertThat(ids(root)).containsExactly(folder.toString(), first.toString(), second.toString());
		JsonNode folderItem = root.get("items").get(0);
		assertRequired(folderItem,
				List.of("createDate", "variants", "isFolder", "noAccess", "name", "id", "flags", "hasChildren"));
		assertOnly(folderItem, TREE_ITEM);
		assertThat(folderItem.get("isFolder").asBoolean()).isTrue();
		assertThat(folderItem.get("hasChildren").asBoolean()).isTrue();
		assertThat(folderItem.get("documentType").isNull()).isTrue();
		JsonNode elementItem = root.get("items").get(1);
		assertThat(elementItem.get("isFolder").asBoolean()).isFalse();
		assertThat(elementItem.get("documentType").get("id").asString()).isEqualTo(HERO_TYPE.toString());
		assertThat(elementItem.get("variants").get(0).get("state").asString()).isEqualTo("Draft");

		assertThat(ids(this.http.getJson("/tree/element/root?foldersOnly=true"))).containsExactly(folder.toString());
		assertThat(ids(this.http.getJson("/tree/element/ancestors?descendantId=" + nested)))
			.containsExactly(folder.toString(), nested.toString());
		JsonNode siblings = this.http.getJson("/tree/element/siblings?target=" + first + "&before=0&after=1");
		assertThat(ids(siblings)).containsExactly(first.toString(), second.toString());
		assertThat(siblings.get("totalBefore").asLong()).isEqualTo(1);
		assertThat(siblings.get("totalAfter").asLong()).isZero();
	}

	@Test
	void itemsFolderItemsAncestorsAndSearch() {
		UUID folder = this.server.elements().addFolder("Heroes", null);
		UUID hero = this.server.elements().add("Summer hero", HERO_TYPE, folder);
		UUID other = this.server.elements().add("Footer", HERO_TYPE, null);

		JsonNode items = this.http.getJson("/item/element?id=" + other + "&id=" + UUID.randomUUID() + "&id=" + hero);
		assertThat(ids(items)).containsExactly(other.toString(), hero.toString());
		assertRequired(items.get(1), ITEM);
		assertOnly(items.get(1), ITEM);
		assertThat(items.get(1).get("parent").get("id").asString()).isEqualTo(folder.toString());

		JsonNode folders = this.http.getJson("/item/element/folder?id=" + folder);
		assertThat(texts(folders, "name")).containsExactly("Heroes");
		assertThat(folders.get(0).get("flags").isArray()).isTrue();

		JsonNode ancestors = this.http.getJson("/item/element/ancestors?id=" + hero);
		assertThat(ancestors.get(0).get("id").asString()).isEqualTo(hero.toString());
		assertThat(texts(ancestors.get(0).get("ancestors"), "name")).containsExactly("Heroes");

		JsonNode found = this.http.getJson("/item/element/search?query=HERO");
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(ids(found)).containsExactly(hero.toString());
	}

	@Test
	void recycleBinTakesElementsAndFoldersAndGivesThemBack() {
		UUID folder = this.server.elements().addFolder("Old", null);
		UUID inFolder = this.server.elements().add("Old hero", HERO_TYPE, folder);
		UUID loose = this.server.elements().add("Loose", HERO_TYPE, null);
		this.server.elements().publish(loose);

		assertOk(this.http.send("PUT", "/element/" + loose + "/move-to-recycle-bin", null));
		assertOk(this.http.send("PUT", "/element/folder/" + folder + "/move-to-recycle-bin", null));

		assertThat(this.http.getJson("/tree/element/root").get("total").asLong()).isZero();
		JsonNode bin = this.http.getJson("/recycle-bin/element/root");
		assertThat(ids(bin)).containsExactly(folder.toString(), loose.toString());
		bin.get("items").forEach(item -> assertOnly(item, RECYCLE_BIN_ITEM));
		assertThat(ids(this.http.getJson("/recycle-bin/element/children?parentId=" + folder)))
			.containsExactly(inFolder.toString());
		JsonNode trashed = this.http.getJson("/element/" + loose);
		assertThat(trashed.get("isTrashed").asBoolean()).isTrue();
		assertThat(trashed.get("variants").get(0).get("state").asString()).isEqualTo("Trashed");
		assertThat(this.http.getJson("/element/folder/" + folder).get("isTrashed").asBoolean()).isTrue();
		assertProblem(this.http.put("/element/" + loose + "/move", "{\"target\": null}"), 400, "InTrash");

		UUID target = this.server.elements().addFolder("Restored", null);
		assertThat(this.http.get("/recycle-bin/element/" + loose + "/original-parent").body()).isEqualTo("null");
		assertOk(this.http.put("/recycle-bin/element/folder/" + folder + "/restore", """
				{"target": {"id": "%s"}}
				""".formatted(target)));
		assertThat(ids(this.http.getJson("/tree/element/ancestors?descendantId=" + inFolder)))
			.containsExactly(target.toString(), folder.toString(), inFolder.toString());
		assertThat(this.server.elements().isTrashed(inFolder)).isFalse();
		assertProblem(this.http.delete("/recycle-bin/element/" + inFolder), 400, "NotInTrash");

		assertOk(this.http.delete("/recycle-bin/element"));
		assertThat(this.server.elements().has(loose)).isFalse();
		assertThat(this.http.getJson("/recycle-bin/element/root").get("total").asLong()).isZero();
	}

	@Test
	void copyMakesADraftWithANewId() {
		UUID original = this.server.elements().add("Hero", HERO_TYPE, null);
		this.server.elements().publish(original);

		UUID copy = UUID.fromString(assertCreated(this.http.post("/element/" + original + "/copy", "{}"), "/element"));

		assertThat(copy).isNotEqualTo(original);
		JsonNode element = this.http.getJson("/element/" + copy);
		assertThat(element.get("variants").get(0).get("name").asString()).isEqualTo("Hero");
		assertThat(element.get("variants").get(0).get("state").asString()).isEqualTo("Draft");
	}

	@Test
	void versionsRecordEverySaveAndRollBack() {
		UUID id = this.server.elements().add("First", HERO_TYPE, null);
		assertOk(this.http.put("/element/" + id, """
				{"values": [], "variants": [{"name": "Second"}]}
				"""));

		JsonNode versions = this.http.getJson("/element-version?elementId=" + id);
		assertThat(versions.get("total").asLong()).isEqualTo(2);
		JsonNode oldest = versions.get("items").get(1);
		assertThat(oldest.get("element").get("id").asString()).isEqualTo(id.toString());
		assertRequired(oldest, List.of("id", "element", "documentType", "user", "versionDate",
				"isCurrentPublishedVersion", "isCurrentDraftVersion", "preventCleanup"));
		String oldestId = oldest.get("id").asString();
		JsonNode version = this.http.getJson("/element-version/" + oldestId);
		assertThat(version.get("variants").get(0).get("name").asString()).isEqualTo("First");
		assertThat(version.get("flags").isArray()).isTrue();

		assertOk(this.http.send("POST", "/element-version/" + oldestId + "/rollback", null));
		assertThat(this.server.elements().name(id)).hasValue("First");
		assertThat(this.http.getJson("/element-version?elementId=" + id).get("total").asLong()).isEqualTo(3);
	}

	@Test
	void aVersionCanBeKeptFromCleanup() {
		UUID id = this.server.elements().add("Hero", HERO_TYPE, null);
		String version = this.http.getJson("/element-version?elementId=" + id).get("items").get(0).get("id").asString();

		assertThat(this.http.send("PUT", "/element-version/" + version + "/prevent-cleanup?preventCleanup=true", null)
			.statusCode()).isEqualTo(200);

		assertThat(this.http.getJson("/element-version?elementId=" + id)
			.get("items")
			.get(0)
			.get("preventCleanup")
			.asBoolean()).isTrue();
		assertProblem(this.http.get("/element-version?elementId=" + UUID.randomUUID()), 404, "ContentNotFound");
	}

	@Test
	void configurationAndReferencesAnswerAsOnAFreshSite() {
		JsonNode configuration = this.http.getJson("/element/configuration");
		assertThat(configuration.propertyNames()).containsExactlyInAnyOrder("disableDeleteWhenReferenced",
				"disableUnpublishWhenReferenced", "allowEditInvariantFromNonDefault",
				"allowNonExistingSegmentsCreation");
		UUID id = this.server.elements().add("Hero", HERO_TYPE, null);
		assertThat(this.http.getJson("/element/" + id + "/referenced-by").get("total").asLong()).isZero();
		assertThat(this.http.getJson("/element/are-referenced?id=" + id).get("total").asLong()).isZero();
	}

	@Test
	void resetEmptiesTheLibrary() {
		this.server.elements().add("Hero", HERO_TYPE, this.server.elements().addFolder("F", null));

		this.server.reset();

		assertThat(this.server.elements().count()).isZero();
		assertThat(this.http.getJson("/tree/element/root").get("total").asLong()).isZero();
	}

}
