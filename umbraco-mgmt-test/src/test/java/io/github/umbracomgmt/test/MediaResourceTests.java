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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static io.github.umbracomgmt.test.MediaTestClient.createMedia;
import static io.github.umbracomgmt.test.MediaTestClient.fileValue;
import static io.github.umbracomgmt.test.MediaTestClient.object;
import static io.github.umbracomgmt.test.MediaTestClient.problem;
import static io.github.umbracomgmt.test.MediaTestClient.reference;
import static io.github.umbracomgmt.test.MediaTestClient.updateMedia;
import static io.github.umbracomgmt.test.MediaTestClient.value;
import static org.assertj.core.api.Assertions.assertThat;

class MediaResourceTests {

	/** The required properties of MediaResponseModel. */
	private static final List<String> MEDIA_REQUIRED = List.of("id", "isTrashed", "mediaType", "urls", "values",
			"variants");

	/** The required properties of MediaVariantResponseModel. */
	private static final List<String> VARIANT_REQUIRED = List.of("createDate", "name", "updateDate");

	/** The required properties of MediaTreeItemResponseModel. */
	private static final List<String> TREE_ITEM_REQUIRED = List.of("createDate", "hasChildren", "id", "isTrashed",
			"mediaType", "noAccess", "variants");

	/** The required properties of MediaItemResponseModel. */
	private static final List<String> ITEM_REQUIRED = List.of("hasChildren", "id", "isTrashed", "mediaType",
			"variants");

	private final UmbracoTestServer server = UmbracoTestServer.start();

	private final MediaTestClient client = new MediaTestClient(this.server);

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void imageFromAnUploadKeepsTheBytesAndFillsInItsLabels() {
		byte[] png = png(3, 2);
		UUID upload = this.client.upload("Sunset Photo.png", png);

		UUID id = this.client.create("/media",
				createMedia(null, MediaTypeIds.IMAGE, null, "Sunset", value("umbracoFile", fileValue(upload))));

		JsonNode media = this.client.getJson("/media/" + id);
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
		assertThat(media.get("urls").get(0).get("url").asString()).isEqualTo(this.server.baseUrl() + src);
		assertThat(media.get("urls").get(0).has("culture")).isTrue();

		assertThat(this.server.mediaFileContent(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
		assertThat(problem(this.client.get("/temporary-file/" + upload), 404)).isEqualTo("NotFound");
		JsonNode urls = this.client.getJson("/media/urls?id=" + id);
		assertThat(urls.get(0).get("urlInfos").get(0).get("url").asString()).endsWith(src);
	}

	@Test
	void createReadUpdateDeleteFlow() {
		UUID folder = UUID.randomUUID();
		assertThat(this.client.create("/media", createMedia(folder, MediaTypeIds.FOLDER, null, "Documents")))
			.isEqualTo(folder);
		UUID upload = this.client.upload("manual.pdf", new byte[] { 37, 80, 68, 70 });
		UUID file = this.client.create("/media",
				createMedia(null, MediaTypeIds.FILE, folder, "Manual", value("umbracoFile", fileValue(upload))));

		JsonNode created = this.client.getJson("/media/" + file);
		JsonNode variant = created.get("variants").get(0);
		assertThat(variant.propertyNames()).containsAll(VARIANT_REQUIRED);
		assertThat(variant.get("name").asString()).isEqualTo("Manual");
		assertThat(valueOf(created, "umbracoFile").get("editorAlias").asString()).isEqualTo("Umbraco.UploadField");
		assertThat(valueOf(created, "umbracoWidth")).isNull();

		// A client echoing back the value it read keeps the file, as in Umbraco.
		JsonNode echoed = valueOf(created, "umbracoFile").get("value");
		HttpResponse<String> updated = this.client.put("/media/" + file,
				updateMedia("Manual v2", value("umbracoFile", echoed)));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(updated.body()).isEmpty();
		JsonNode reread = this.client.getJson("/media/" + file);
		assertThat(reread.get("variants").get(0).get("name").asString()).isEqualTo("Manual v2");
		assertThat(OffsetDateTime.parse(reread.get("variants").get(0).get("createDate").asString()))
			.isEqualTo(OffsetDateTime.parse(variant.get("createDate").asString()));
		assertThat(this.server.mediaFileContent(file)).isPresent();
		assertThat(this.server.mediaName(file)).hasValue("Manual v2");

		assertThat(this.client.delete("/media/" + folder).statusCode()).isEqualTo(200);
		assertThat(problem(this.client.get("/media/" + folder), 404)).isEqualTo("NotFound");
		assertThat(problem(this.client.get("/media/" + file), 404)).isEqualTo("NotFound");
		assertThat(problem(this.client.put("/media/" + file, updateMedia("x")), 404)).isEqualTo("NotFound");
		assertThat(problem(this.client.delete("/media/" + file), 404)).isEqualTo("NotFound");
		assertThat(this.server.mediaCount()).isZero();
	}

	@Test
	void unknownTemporaryFileIsAPropertyValidationErrorAndNothingIsSaved() {
		UUID missing = UUID.randomUUID();

		HttpResponse<String> response = this.client.post("/media",
				createMedia(null, MediaTypeIds.FILE, null, "Ghost", value("umbracoFile", fileValue(missing))));

		assertThat(problem(response, 400)).isEqualTo("PropertyValidationError");
		JsonNode errors = UmbracoHttp.json(response).get("errors");
		assertThat(errors.get("$.values[0].value").get(0).asString()).contains(missing.toString());
		assertThat(this.server.mediaCount()).isZero();
	}

	@Test
	void imagesRefuseFilesThatAreNotImages() {
		UUID upload = this.client.upload("notes.txt", new byte[] { 1 });

		HttpResponse<String> response = this.client.post("/media",
				createMedia(null, MediaTypeIds.IMAGE, null, "Notes", value("umbracoFile", fileValue(upload))));

		assertThat(problem(response, 400)).isEqualTo("PropertyValidationError");
		assertThat(this.server.temporaryFileContent(upload)).isPresent();
	}

	@Test
	void referencesAndPlacementAreCheckedAsUmbracoDoes() {
		UUID image = this.server.addMedia("Existing", MediaTypeIds.IMAGE, null);

		assertThat(problem(this.client.post("/media", createMedia(null, UUID.randomUUID(), null, "x")), 404))
			.isEqualTo("ContentTypeNotFound");
		assertThat(problem(this.client.post("/media", createMedia(null, MediaTypeIds.FOLDER, UUID.randomUUID(), "x")),
				404))
			.isEqualTo("ParentNotFound");
		assertThat(problem(this.client.post("/media", createMedia(null, MediaTypeIds.FOLDER, image, "x")), 400))
			.isEqualTo("NotAllowed");
		assertThat(problem(this.client.post("/media", createMedia(image, MediaTypeIds.FOLDER, null, "x")), 400))
			.isEqualTo("DuplicateKey");
		assertThat(problem(this.client.post("/media",
				createMedia(null, MediaTypeIds.FOLDER, null, "x", value("noSuchProperty", object()))), 404))
			.isEqualTo("PropertyTypeNotFound");
		assertThat(this.server.mediaCount()).isEqualTo(1);
	}

	@Test
	void missingRequiredMembersAreValidationProblemsNamingThem() {
		ObjectNode body = createMedia(null, MediaTypeIds.FOLDER, null, "x");
		body.remove("mediaType");
		((ObjectNode) body.get("variants").get(0)).remove("name");

		HttpResponse<String> response = this.client.post("/media", body);

		assertThat(problem(response, 400)).isNull();
		assertThat(UmbracoHttp.json(response).get("errors").propertyNames()).contains("$.mediaType",
				"$.variants[0].name");
	}

	@Test
	void treeRootChildrenAncestorsAndItems() {
		UUID folder = this.server.addMedia("Photos", MediaTypeIds.FOLDER, null);
		UUID inner = this.server.addMedia("2025", MediaTypeIds.FOLDER, folder);
		for (int i = 0; i < 4; i++) {
			this.server.addMedia("Root " + i, MediaTypeIds.FOLDER, null);
		}

		JsonNode root = this.client.getJson("/tree/media/root");
		assertThat(root.get("total").asLong()).isEqualTo(5);
		root.get("items").forEach(item -> assertThat(item.propertyNames()).containsAll(TREE_ITEM_REQUIRED));
		assertThat(root.get("items").get(0).get("hasChildren").asBoolean()).isTrue();
		assertThat(root.get("items").get(0).get("variants").get(0).get("name").asString()).isEqualTo("Photos");
		JsonNode page = this.client.getJson("/tree/media/root?skip=1&take=2");
		assertThat(page.get("total").asLong()).isEqualTo(5);
		assertThat(names(page.get("items"))).containsExactly("Root 0", "Root 1");

		JsonNode children = this.client.getJson("/tree/media/children?parentId=" + folder);
		assertThat(children.get("total").asLong()).isEqualTo(1);
		assertThat(children.get("items").get(0).get("parent").get("id").asString()).isEqualTo(folder.toString());
		assertThat(names(this.client.getJson("/tree/media/ancestors?descendantId=" + inner)))
			.containsExactly("Photos", "2025");

		JsonNode items = this.client.getJson("/item/media?id=" + inner + "&id=" + UUID.randomUUID() + "&id=" + folder);
		assertThat(items.size()).isEqualTo(2);
		items.forEach(item -> assertThat(item.propertyNames()).containsAll(ITEM_REQUIRED));
		assertThat(names(items)).containsExactly("2025", "Photos");
	}

	@Test
	void moveAndSortReorderTheTree() {
		UUID a = this.server.addMedia("A", MediaTypeIds.FOLDER, null);
		UUID b = this.server.addMedia("B", MediaTypeIds.FOLDER, null);
		UUID c = this.server.addMedia("C", MediaTypeIds.FOLDER, null);

		assertThat(this.client.put("/media/" + c + "/move", object().set("target", reference(a))).statusCode())
			.isEqualTo(200);
		assertThat(names(this.client.getJson("/tree/media/root").get("items"))).containsExactly("A", "B");
		assertThat(problem(this.client.put("/media/" + a + "/move", object().set("target", reference(c))), 400))
			.isEqualTo("ParentInvalid");

		ObjectNode sort = object().putNull("parent");
		ArrayNode sorting = sort.putArray("sorting");
		sorting.addObject().put("id", b.toString()).put("sortOrder", 0);
		sorting.addObject().put("id", a.toString()).put("sortOrder", 1);
		assertThat(this.client.put("/media/sort", sort).statusCode()).isEqualTo(200);
		assertThat(names(this.client.getJson("/tree/media/root").get("items"))).containsExactly("B", "A");
		sorting.addObject().put("id", c.toString()).put("sortOrder", 2);
		assertThat(problem(this.client.put("/media/sort", sort), 400)).isEqualTo("SortingInvalid");
	}

	@Test
	void recycleBinTrashesRestoresAndEmpties() {
		UUID folder = this.server.addMedia("Old", MediaTypeIds.FOLDER, null);
		UUID child = this.server.addMedia("Older", MediaTypeIds.FOLDER, folder);
		assertThat(problem(this.client.delete("/recycle-bin/media/" + folder), 400)).isEqualTo("NotInTrash");

		assertThat(this.client.send("PUT", "/media/" + folder + "/move-to-recycle-bin", null).statusCode())
			.isEqualTo(200);
		assertThat(this.client.getJson("/tree/media/root").get("total").asLong()).isZero();
		JsonNode bin = this.client.getJson("/recycle-bin/media/root");
		assertThat(bin.get("total").asLong()).isEqualTo(1);
		assertThat(bin.get("items").get(0).propertyNames()).contains("createDate", "hasChildren", "id", "mediaType",
				"variants");
		assertThat(this.client.getJson("/recycle-bin/media/children?parentId=" + folder).get("total").asLong())
			.isEqualTo(1);
		assertThat(this.client.getJson("/media/" + child).get("isTrashed").asBoolean()).isTrue();
		assertThat(problem(this.client.send("PUT", "/media/" + folder + "/move-to-recycle-bin", null), 400))
			.isEqualTo("InTrash");

		assertThat(this.client.put("/recycle-bin/media/" + folder + "/restore", object().putNull("target"))
			.statusCode()).isEqualTo(200);
		assertThat(this.client.getJson("/media/" + child).get("isTrashed").asBoolean()).isFalse();
		assertThat(this.client.getJson("/tree/media/root").get("total").asLong()).isEqualTo(1);

		this.client.send("PUT", "/media/" + folder + "/move-to-recycle-bin", null);
		assertThat(this.client.delete("/recycle-bin/media").statusCode()).isEqualTo(200);
		assertThat(this.server.mediaCount()).isZero();
	}

	@Test
	void configurationAndTokens() {
		JsonNode configuration = this.client.getJson("/media/configuration");
		assertThat(configuration.propertyNames()).contains("disableDeleteWhenReferenced",
				"disableUnpublishWhenReferenced");
		assertThat(this.client.unauthenticatedGet("/tree/media/root").statusCode()).isEqualTo(401);
	}

	@Test
	void resetRemovesMediaButKeepsBuiltInTypes() {
		this.server.addMedia("Gone", MediaTypeIds.FOLDER, null);
		this.client.create("/media-type", MediaTypeResourceTests.mediaType(null, "custom", "Custom"));
		this.server.addTemporaryFile("a.txt", new byte[] { 1 });

		this.server.reset();

		assertThat(this.server.mediaCount()).isZero();
		assertThat(this.server.temporaryFileCount()).isZero();
		assertThat(this.server.mediaTypeCount()).isEqualTo(3);
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
