package io.github.umbracomgmt.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertTitleOnlyProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertValidationProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.object;
import static io.github.umbracomgmt.test.UmbracoHttp.reference;
import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeResourceTests extends ServerTestSupport {

	/** The required properties of MediaTypeResponseModel. */
	private static final List<String> MEDIA_TYPE_REQUIRED = List.of("alias", "aliasCanBeChanged", "allowedAsRoot",
			"allowedMediaTypes", "compositions", "containers", "icon", "id", "isDeletable", "isElement", "name",
			"properties", "variesByCulture", "variesBySegment");

	/** The required properties of MediaTypePropertyTypeResponseModel. */
	private static final List<String> PROPERTY_REQUIRED = List.of("alias", "appearance", "dataType", "id", "name",
			"sortOrder", "validation", "variesByCulture", "variesBySegment");

	/** The required properties of MediaTypeTreeItemResponseModel. */
	private static final List<String> TREE_ITEM_REQUIRED = List.of("hasChildren", "icon", "id", "isDeletable",
			"isFolder", "name");

	private static final UUID TEXTSTRING = UUID.fromString("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

	@Test
	void builtInTypesHaveUmbracosIdsAliasesAndProperties() {
		JsonNode image = this.http.getJson("/media-type/" + MediaTypeIds.IMAGE);
		assertThat(image.propertyNames()).containsAll(MEDIA_TYPE_REQUIRED);
		assertThat(image.get("alias").asString()).isEqualTo("Image");
		assertThat(image.get("isDeletable").asBoolean()).isFalse();
		assertThat(image.get("properties").valueStream().map(property -> property.get("alias").asString()).toList())
			.containsExactly("umbracoFile", "umbracoWidth", "umbracoHeight", "umbracoBytes", "umbracoExtension");
		image.get("properties")
			.forEach(property -> assertThat(property.propertyNames()).containsAll(PROPERTY_REQUIRED));
		assertThat(image.get("properties").get(0).get("dataType").get("id").asString())
			.isEqualTo("1df9f033-e6d4-451f-b8d2-e0cbc50a836f");
		assertThat(image.get("properties").get(0).get("container").get("id").asString())
			.isEqualTo(image.get("containers").get(0).get("id").asString());

		assertThat(this.http.getJson("/media-type/" + MediaTypeIds.FILE).get("alias").asString()).isEqualTo("File");
		JsonNode folder = this.http.getJson("/media-type/" + MediaTypeIds.FOLDER);
		assertThat(folder.get("alias").asString()).isEqualTo("Folder");
		assertThat(folder.get("allowedMediaTypes")
			.valueStream()
			.map(sort -> sort.get("mediaType").get("id").asString())
			.toList()).containsExactly(MediaTypeIds.FOLDER.toString(), MediaTypeIds.IMAGE.toString(),
					MediaTypeIds.FILE.toString());
		assertThat(this.server.media().typeCount()).isEqualTo(3);
	}

	@Test
	void createReadUpdateDeleteWithCallerChosenId() {
		UUID id = UUID.randomUUID();

		UUID created = this.http.createWithoutNotification("/media-type",
				mediaType(id, "productSheet", "Product sheet"));

		assertThat(created).isEqualTo(id);
		JsonNode type = this.http.getJson("/media-type/" + id);
		assertThat(type.propertyNames()).containsAll(MEDIA_TYPE_REQUIRED);
		assertThat(type.get("name").asString()).isEqualTo("Product sheet");
		assertThat(type.get("isDeletable").asBoolean()).isTrue();
		assertThat(type.get("properties").get(0).get("alias").asString()).isEqualTo("summary");
		assertThat(type.get("allowedMediaTypes").get(0).get("mediaType").get("id").asString())
			.isEqualTo(MediaTypeIds.FILE.toString());

		ObjectNode update = mediaType(null, "productSheet", "Product data sheet");
		update.remove("id");
		update.remove("parent");
		update.put("allowedAsRoot", false);
		HttpResponse<String> updated = this.http.put("/media-type/" + id, update);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(updated.body()).isEmpty();
		JsonNode reread = this.http.getJson("/media-type/" + id);
		assertThat(reread.get("name").asString()).isEqualTo("Product data sheet");
		assertThat(reread.get("allowedAsRoot").asBoolean()).isFalse();

		assertThat(this.http.delete("/media-type/" + id).statusCode()).isEqualTo(200);
		assertProblem(this.http.get("/media-type/" + id), 404, "NotFound");
		assertProblem(this.http.put("/media-type/" + id, update), 404, "NotFound");
		assertProblem(this.http.delete("/media-type/" + id), 404, "NotFound");
	}

	@Test
	void invalidDefinitionsAreRefusedWithUmbracosOperationStatus() {
		UUID id = this.http.createWithoutNotification("/media-type", mediaType(null, "productSheet", "Product sheet"));

		assertProblem(this.http.post("/media-type", mediaType(id, "other", "Other")), 400, "DuplicateKey");
		assertProblem(this.http.post("/media-type", mediaType(null, "PRODUCTSHEET", "Again")), 400, "DuplicateAlias");
		assertProblem(this.http.post("/media-type", mediaType(null, "1bad", "Bad")), 400, "InvalidAlias");
		ObjectNode unknownParent = mediaType(null, "orphan", "Orphan");
		unknownParent.set("parent", reference(UUID.randomUUID()));
		assertProblem(this.http.post("/media-type", unknownParent), 400, "InvalidParent");
		assertProblem(this.http.delete("/media-type/" + MediaTypeIds.IMAGE), 400, "NotAllowed");
		assertThat(this.server.media().typeCount()).isEqualTo(4);
	}

	@Test
	void missingRequiredMembersAreValidationProblemsNamingThem() {
		ObjectNode body = object().put("name", "No alias");

		HttpResponse<String> response = this.http.post("/media-type", body);

		assertValidationProblem(response, null);
		JsonNode errors = UmbracoHttp.json(response).get("errors");
		assertThat(errors.propertyNames()).contains("$.alias", "$.icon", "$.properties", "$.allowedAsRoot");
		assertThat(errors.propertyNames()).doesNotContain("$.name");
	}

	@Test
	void treeListsFoldersAndTypesWithPaging() {
		UUID folder = this.http.createWithoutNotification("/media-type/folder", object().put("name", "Documents"));
		ObjectNode inFolder = mediaType(null, "productSheet", "Product sheet");
		inFolder.set("parent", reference(folder));
		UUID nested = this.http.createWithoutNotification("/media-type", inFolder);

		JsonNode root = this.http.getJson("/tree/media-type/root");
		assertThat(root.get("total").asLong()).isEqualTo(4);
		root.get("items").forEach(item -> assertThat(item.propertyNames()).containsAll(TREE_ITEM_REQUIRED));
		assertThat(root.get("items").get(0).get("isFolder").asBoolean()).isTrue();
		assertThat(root.get("items").get(0).get("hasChildren").asBoolean()).isTrue();
		assertThat(root.get("items").valueStream().map(item -> item.get("name").asString()).toList())
			.containsExactly("Documents", "File", "Folder", "Image");

		JsonNode page = this.http.getJson("/tree/media-type/root?skip=1&take=2");
		assertThat(page.get("total").asLong()).isEqualTo(4);
		assertThat(page.get("items").valueStream().map(item -> item.get("name").asString()).toList())
			.containsExactly("File", "Folder");
		assertThat(this.http.getJson("/tree/media-type/root?foldersOnly=true").get("total").asLong()).isEqualTo(1);

		JsonNode children = this.http.getJson("/tree/media-type/children?parentId=" + folder);
		assertThat(children.get("total").asLong()).isEqualTo(1);
		assertThat(children.get("items").get(0).get("id").asString()).isEqualTo(nested.toString());
		assertThat(children.get("items").get(0).get("parent").get("id").asString()).isEqualTo(folder.toString());

		JsonNode ancestors = this.http.getJson("/tree/media-type/ancestors?descendantId=" + nested);
		assertThat(ancestors.valueStream().map(item -> item.get("id").asString()).toList())
			.containsExactly(folder.toString(), nested.toString());
	}

	@Test
	void foldersCanBeReadRenamedAndDeletedOnceEmpty() {
		UUID folder = this.http.createWithoutNotification("/media-type/folder", object().put("name", "Documents"));
		ObjectNode inFolder = mediaType(null, "productSheet", "Product sheet");
		inFolder.set("parent", reference(folder));
		UUID nested = this.http.createWithoutNotification("/media-type", inFolder);

		JsonNode read = this.http.getJson("/media-type/folder/" + folder);
		assertThat(read.get("name").asString()).isEqualTo("Documents");
		assertThat(read.get("id").asString()).isEqualTo(folder.toString());
		assertThat(this.http.put("/media-type/folder/" + folder, object().put("name", "Docs")).statusCode())
			.isEqualTo(200);
		assertThat(this.http.getJson("/media-type/folder/" + folder).get("name").asString()).isEqualTo("Docs");
		assertProblem(this.http.post("/media-type/folder", object().put("name", "docs")), 400, "DuplicateName");

		assertProblem(this.http.delete("/media-type/folder/" + folder), 400, "NotEmpty");
		assertThat(this.http.put("/media-type/" + nested + "/move", object().putNull("target")).statusCode())
			.isEqualTo(200);
		assertThat(this.http.delete("/media-type/folder/" + folder).statusCode()).isEqualTo(200);
		assertTitleOnlyProblem(this.http.get("/media-type/folder/" + folder), 404, "NotFound");
	}

	@Test
	void itemsAndAllowedTypesListWhatExists() {
		UUID custom = this.http.createWithoutNotification("/media-type",
				mediaType(null, "productSheet", "Product sheet"));

		JsonNode items = this.http
			.getJson("/item/media-type?id=" + MediaTypeIds.IMAGE + "&id=" + UUID.randomUUID() + "&id=" + custom);
		assertThat(items.valueStream().map(item -> item.get("name").asString()).toList()).containsExactly("Image",
				"Product sheet");
		assertThat(items.get(0).get("icon").asString()).isEqualTo("icon-picture");

		JsonNode atRoot = this.http.getJson("/media-type/allowed-at-root");
		assertThat(atRoot.get("total").asLong()).isEqualTo(4);
		JsonNode children = this.http.getJson("/media-type/" + custom + "/allowed-children");
		assertThat(children.get("items").valueStream().map(item -> item.get("id").asString()).toList())
			.containsExactly(MediaTypeIds.FILE.toString());
		assertProblem(this.http.get("/media-type/" + UUID.randomUUID() + "/allowed-children"), 404, "NotFound");
	}

	/**
	 * A CreateMediaTypeRequestModel with one text property in one group, allowing File
	 * children.
	 */
	static ObjectNode mediaType(UUID id, String alias, String name) {
		ObjectNode body = object();
		body.put("alias", alias);
		body.put("name", name);
		body.putNull("description");
		body.put("icon", "icon-document");
		body.put("allowedAsRoot", true);
		body.put("variesByCulture", false);
		body.put("variesBySegment", false);
		body.put("isElement", false);
		UUID group = UUID.randomUUID();
		ObjectNode property = body.putArray("properties").addObject();
		property.put("id", UUID.randomUUID().toString());
		property.set("container", reference(group));
		property.put("sortOrder", 0);
		property.put("alias", "summary");
		property.put("name", "Summary");
		property.set("dataType", reference(TEXTSTRING));
		property.put("variesByCulture", false);
		property.put("variesBySegment", false);
		property.putObject("validation").put("mandatory", false);
		property.putObject("appearance").put("labelOnTop", false);
		ObjectNode container = body.putArray("containers").addObject();
		container.put("id", group.toString());
		container.putNull("parent");
		container.put("name", "Content");
		container.put("type", "Group");
		container.put("sortOrder", 0);
		if (id != null) {
			body.put("id", id.toString());
		}
		body.putNull("parent");
		ObjectNode allowed = body.putArray("allowedMediaTypes").addObject();
		allowed.set("mediaType", reference(MediaTypeIds.FILE));
		allowed.put("sortOrder", 0);
		body.putArray("compositions");
		body.putNull("collection");
		return body;
	}

}
