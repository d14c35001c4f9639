package io.github.umbracomgmt.test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static io.github.umbracomgmt.test.UmbracoHttp.assertProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertTitleOnlyProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.assertValidationProblem;
import static io.github.umbracomgmt.test.UmbracoHttp.object;
import static io.github.umbracomgmt.test.UmbracoHttp.reference;
import static org.assertj.core.api.Assertions.assertThat;

class MediaResourceTests extends ServerTestSupport {

	/** The required properties of MediaResponseModel. */
	private static final List<String> MEDIA_REQUIRED = List.of("id", "isTrashed", "mediaType", "flags", "values",
			"variants");

	/** The required properties of MediaVariantResponseModel. */
	private static final List<String> VARIANT_REQUIRED = List.of("createDate", "name", "updateDate");

	/** The required properties of MediaTreeItemResponseModel. */
	private static final List<String> TREE_ITEM_REQUIRED = List.of("createDate", "hasChildren", "id", "isTrashed",
			"mediaType", "noAccess", "variants");

	/** The required properties of MediaItemResponseModel. */
	private static final List<String> ITEM_REQUIRED = List.of("hasChildren", "id", "isTrashed", "mediaType",
			"variants");

	@Test
	void imageFromAnUploadKeepsTheBytesAndFillsInItsLabels() {
		byte[] png = png(3, 2);
		UUID upload = this.http.upload("Sunset Photo.png", png);

		UUID id = this.http.createWithoutNotification("/media",
				createMedia(null, MediaTypeIds.IMAGE, null, "Sunset", value("umbracoFile", fileValue(upload))));

		JsonNode media = this.http.getJson("/media/" + id);
		assertThat(media.propertyNames()).containsAll(MEDIA_REQUIRED);
		assertThat(media.get("mediaType").get("id").asString()).isEqualTo(MediaTypeIds.IMAGE.toString());
		assertThat(media.get("mediaType").get("icon").asString()).isEqualTo("icon-picture");
		assertThat(media.get("isTrashed").asBoolean()).isFalse();
		JsonNode file = valueOf(media, "umbracoFile");
		assertThat(file.get("editorAlias").asString()).isEqualTo("Umbraco.ImageCropper");
		String src = file.get("value").get("src").asString();
		assertThat(src).matches("/media/[0-9a-f]{8}/sunset-photo\\.png");
		assertThat(file.get("value").has("temporaryFileId")).isFalse();
		assertThat(valueOf(media, "umbracoExtension").get("value").asString()).isEqualTo("png");
		assertThat(valueOf(media, "umbracoBytes").get("value").asLong()).isEqualTo(png.length);
		assertThat(valueOf(media, "umbracoWidth").get("value").asInt()).isEqualTo(3);
		assertThat(valueOf(media, "umbracoHeight").get("value").asInt()).isEqualTo(2);
		assertThat(valueOf(media, "umbracoWidth").get("editorAlias").asString()).isEqualTo("Umbraco.Label");
		assertThat(media.has("urls")).as("urls, which Umbraco 17 dropped").isFalse();

		assertThat(this.server.media().fileContent(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
		assertTitleOnlyProblem(this.http.get("/temporary-file/" + upload), 404, "NotFound");
		JsonNode urls = this.http.getJson("/media/urls?id=" + id);
		assertThat(urls.get(0).get("urlInfos").get(0).get("url").asString()).isEqualTo(this.server.baseUrl() + src);
		assertThat(urls.get(0).get("urlInfos").get(0).has("culture")).isTrue();
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID folder = UUID.randomUUID();
		assertThat(this.http.createWithoutNotification("/media",
				createMedia(folder, MediaTypeIds.FOLDER, null, "Documents")))
			.isEqualTo(folder);
		UUID upload = this.http.upload("manual.pdf", new byte[] { 37, 80, 68, 70 });
		UUID file = this.http.createWithoutNotification("/media",
				createMedia(null, MediaTypeIds.FILE, folder, "Manual", value("umbracoFile", fileValue(upload))));

		JsonNode created = this.http.getJson("/media/" + file);
		JsonNode variant = created.get("variants").get(0);
		assertThat(variant.propertyNames()).containsAll(VARIANT_REQUIRED);
		assertThat(variant.get("name").asString()).isEqualTo("Manual");
		assertThat(valueOf(created, "umbracoFile").get("editorAlias").asString()).isEqualTo("Umbraco.UploadField");
		assertThat(valueOf(created, "umbracoWidth")).isNull();

		// A client echoing back the value it read keeps the file, as in Umbraco.
		JsonNode echoed = valueOf(created, "umbracoFile").get("value");
		HttpResponse<String> updated = this.http.put("/media/" + file,
				updateMedia("Manual v2", value("umbracoFile", echoed)));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(updated.body()).isEmpty();
		JsonNode reread = this.http.getJson("/media/" + file);
		assertThat(reread.get("variants").get(0).get("name").asString()).isEqualTo("Manual v2");
		assertThat(OffsetDateTime.parse(reread.get("variants").get(0).get("createDate").asString()))
			.isEqualTo(OffsetDateTime.parse(variant.get("createDate").asString()));
		assertThat(this.server.media().fileContent(file)).isPresent();
		assertThat(this.server.media().name(file)).hasValue("Manual v2");

		assertThat(this.http.delete("/media/" + folder).statusCode()).isEqualTo(200);
		assertTitleOnlyProblem(this.http.get("/media/" + folder), 404, "NotFound");
		assertTitleOnlyProblem(this.http.get("/media/" + file), 404, "NotFound");
		assertTitleOnlyProblem(this.http.put("/media/" + file, updateMedia("x")), 404, "NotFound");
		assertTitleOnlyProblem(this.http.delete("/media/" + file), 404, "NotFound");
		assertThat(this.server.media().count()).isZero();
	}

	@Test
	void unknownTemporaryFileIsAPropertyValidationErrorAndNothingIsSaved() {
		UUID missing = UUID.randomUUID();

		HttpResponse<String> response = this.http.post("/media",
				createMedia(null, MediaTypeIds.FILE, null, "Ghost", value("umbracoFile", fileValue(missing))));

		assertProblem(response, 400, "PropertyValidationError");
		JsonNode errors = UmbracoHttp.json(response).get("errors");
		assertThat(errors.get("$.values[0].value").get(0).asString()).contains(missing.toString());
		assertThat(this.server.media().count()).isZero();
	}

	@Test
	void imagesRefuseFilesThatAreNotImages() {
		UUID upload = this.http.upload("notes.txt", new byte[] { 1 });

		HttpResponse<String> response = this.http.post("/media",
				createMedia(null, MediaTypeIds.IMAGE, null, "Notes", value("umbracoFile", fileValue(upload))));

		assertProblem(response, 400, "PropertyValidationError");
		assertThat(this.server.media().temporaryFileContent(upload)).isPresent();
	}

	@Test
	void referencesAndPlacementAreCheckedAsUmbracoDoes() {
		UUID image = this.server.media().add("Existing", MediaTypeIds.IMAGE, null);

		assertTitleOnlyProblem(this.http.post("/media", createMedia(null, UUID.randomUUID(), null, "x")), 404,
				"ContentTypeNotFound");
		assertTitleOnlyProblem(this.http.post("/media", createMedia(null, MediaTypeIds.FOLDER, UUID.randomUUID(), "x")),
				404, "ParentNotFound");
		assertProblem(this.http.post("/media", createMedia(null, MediaTypeIds.FOLDER, image, "x")), 400, "NotAllowed");
		assertProblem(this.http.post("/media", createMedia(image, MediaTypeIds.FOLDER, null, "x")), 400,
				"DuplicateKey");
		assertTitleOnlyProblem(
				this.http.post("/media",
						createMedia(null, MediaTypeIds.FOLDER, null, "x", value("noSuchProperty", object()))),
				404, "PropertyTypeNotFound");
		assertThat(this.server.media().count()).isEqualTo(1);
	}

	@Test
	void missingRequiredMembersAreValidationProblemsNamingThem() {
		ObjectNode body = createMedia(null, MediaTypeIds.FOLDER, null, "x");
		body.remove("mediaType");
		((ObjectNode) body.get("variants").get(0)).remove("name");

		HttpResponse<String> response = this.http.post("/media", body);

		assertValidationProblem(response, null);
		assertThat(UmbracoHttp.json(response).get("errors").propertyNames()).contains("$.mediaType",
				"$.variants[0].name");
	}

	@Test
	void treeRootChildrenAncestorsAndItems() {
		UUID folder = this.server.media().add("Photos", MediaTypeIds.FOLDER, null);
		UUID inner = this.server.media().add("2025", MediaTypeIds.FOLDER, folder);
		for (int i = 0; i < 4; i++) {
			this.server.media().add("Root " + i, MediaTypeIds.FOLDER, null);
		}

		JsonNode root = this.http.getJson("/tree/media/root");
		assertThat(root.get("total").asLong()).isEqualTo(5);
		root.get("items").forEach(item -> assertThat(item.propertyNames()).containsAll(TREE_ITEM_REQUIRED));
		assertThat(root.get("items").get(0).get("hasChildren").asBoolean()).isTrue();
		assertThat(root.get("items").get(0).get("variants").get(0).get("name").asString()).isEqualTo("Photos");
		JsonNode page = this.http.getJson("/tree/media/root?skip=1&take=2");
		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(names(page.get("items"))).containsExactly("Root 0", "Root 1");

		JsonNode children = this.http.getJson("/tree/media/children?parentId=" + folder);
		assertThat(children.get("total").asLong()).isEqualTo(1);
		assertThat(children.get("items").get(0).get("parent").get("id").asString()).isEqualTo(folder.toString());
		assertThat(names(this.http.getJson("/tree/media/ancestors?descendantId=" + inner))).containsExactly("Photos",
				"2025");

		JsonNode items = this.http.getJson("/item/media?id=" + inner + "&id=" + UUID.randomUUID() + "&id=" + folder);
		assertThat(items.size()).isEqualTo(2);
		items.forEach(item -> assertThat(item.propertyNames()).containsAll(ITEM_REQUIRED));
		assertThat(names(items)).containsExactly("2025", "Photos");
	}

	@Test
	void moveAndSortReorderTheTree() {
		UUID a = this.server.media().add("A", MediaTypeIds.FOLDER, null);
		UUID b = this.server.media().add("B", MediaTypeIds.FOLDER, null);
		UUID c = this.server.media().add("C", MediaTypeIds.FOLDER, null);

		assertThat(this.http.put("/media/" + c + "/move", object().set("target", reference(a))).statusCode())
			.isEqualTo(200);
		assertThat(names(this.http.getJson("/tree/media/root").get("items"))).containsExactly("A", "B");
		assertProblem(this.http.put("/media/" + a + "/move", object().set("target", reference(c))), 400,
				"ParentInvalid");

		ObjectNode sort = object().putNull("parent");
		ArrayNode sorting = sort.putArray("sorting");
		sorting.addObject().put("id", b.toString()).put("sortOrder", 0);
		sorting.addObject().put("id", a.toString()).put("sortOrder", 1);
		assertThat(this.http.put("/media/sort", sort).statusCode()).isEqualTo(200);
		assertThat(names(this.http.getJson("/tree/media/root").get("items"))).containsExactly("B", "A");
		sorting.addObject().put("id", c.toString()).put("sortOrder", 2);
		assertProblem(this.http.put("/media/sort", sort), 400, "SortingInvalid");
	}

	@Test
	void recycleBinTrashesRestoresAndEmpties() {
		UUID folder = this.server.media().add("Old", MediaTypeIds.FOLDER, null);
		UUID child = this.server.media().add("Older", MediaTypeIds.FOLDER, folder);
		assertProblem(this.http.delete("/recycle-bin/media/" + folder), 400, "NotInTrash");

		assertThat(this.http.send("PUT", "/media/" + folder + "/move-to-recycle-bin", null).statusCode())
			.isEqualTo(200);
		assertThat(this.http.getJson("/tree/media/root").get("total").asLong()).isZero();
		JsonNode bin = this.http.getJson("/recycle-bin/media/root");
		assertThat(bin.get("total").asLong()).isEqualTo(1);
		assertThat(bin.get("items").get(0).propertyNames()).contains("createDate", "hasChildren", "id", "mediaType",
				"variants");
		assertThat(this.http.getJson("/recycle-bin/media/children?parentId=" + folder).get("total").asLong())
			.isEqualTo(1);
		assertThat(this.http.getJson("/media/" + child).get("isTrashed").asBoolean()).isTrue();
		assertProblem(this.http.send("PUT", "/media/" + folder + "/move-to-recycle-bin", null), 400, "InTrash");

		assertThat(this.http.put("/recycle-bin/media/" + folder + "/restore", object().putNull("target")).statusCode())
			.isEqualTo(200);
		assertThat(this.http.getJson("/media/" + child).get("isTrashed").asBoolean()).isFalse();
		assertThat(this.http.getJson("/tree/media/root").get("total").asLong()).isEqualTo(1);

		this.http.send("PUT", "/media/" + folder + "/move-to-recycle-bin", null);
		assertThat(this.http.delete("/recycle-bin/media").statusCode()).isEqualTo(200);
		assertThat(this.server.media().count()).isZero();
	}

	@Test
	void configurationAndTokens() {
		JsonNode configuration = this.http.getJson("/media/configuration");
		assertThat(configuration.propertyNames()).contains("disableDeleteWhenReferenced",
				"disableUnpublishWhenReferenced");
		assertThat(this.http.getAnonymously("/tree/media/root").statusCode()).isEqualTo(401);
	}

	@Test
	void resetRemovesMediaButKeepsBuiltInTypes() {
		this.server.media().add("Gone", MediaTypeIds.FOLDER, null);
		this.http.createWithoutNotification("/media-type", MediaTypeResourceTests.mediaType(null, "custom", "Custom"));
		this.server.media().addTemporaryFile("a.txt", new byte[] { 1 });

		this.server.reset();

		assertThat(this.server.media().count()).isZero();
		assertThat(this.server.media().temporaryFileCount()).isZero();
		assertThat(this.server.media().typeCount()).isEqualTo(3);
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

	private static JsonNode valueOf(JsonNode media, String alias) {
		return media.get("values")
			.valueStream()
			.filter(value -> value.get("alias").asString().equals(alias))
			.findFirst()
			.orElse(null);
	}

	private static List<String> names(JsonNode items) {
		return items.valueStream().map(item -> item.get("variants").get(0).get("name").asString()).toList();
	}

	private static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
