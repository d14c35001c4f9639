package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateMediaRequest;
import io.github.umbracomgmt.client.model.ItemSortingRequest;
import io.github.umbracomgmt.client.model.MediaConfigurationResponse;
import io.github.umbracomgmt.client.model.MediaItemResponse;
import io.github.umbracomgmt.client.model.MediaRecycleBinItemResponse;
import io.github.umbracomgmt.client.model.MediaResponse;
import io.github.umbracomgmt.client.model.MediaTreeItemResponse;
import io.github.umbracomgmt.client.model.MediaUrlInfo;
import io.github.umbracomgmt.client.model.MediaUrlInfoResponse;
import io.github.umbracomgmt.client.model.MediaValue;
import io.github.umbracomgmt.client.model.MediaValueResponse;
import io.github.umbracomgmt.client.model.MediaVariantRequest;
import io.github.umbracomgmt.client.model.MoveMediaRequest;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.SortingRequest;
import io.github.umbracomgmt.client.model.UpdateMediaRequest;
import io.github.umbracomgmt.client.model.VariantItemResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.MediaTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4 };

	@Autowired
	private UmbracoMediaClient media;

	@Test
	void createsReadsUpdatesAndDeletesAnImageFromAnUploadedTemporaryFile() {
		UUID upload = this.umbraco.media().addTemporaryFile("harbour.jpg", JPEG);

		Created created = this.media
			.createMedia(new CreateMediaRequest(
					List.of(new MediaValue(null, null, "umbracoFile", Map.of("temporaryFileId", upload.toString()))),
					List.of(new MediaVariantRequest(null, null, "Harbour")), null, null,
					new ReferenceById(MediaTypeIds.IMAGE)))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/media/" + created.id());
		assertThat(this.umbraco.media().fileContent(created.id()))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(JPEG));
		assertThat(this.umbraco.media().temporaryFileContent(upload)).as("the upload is consumed").isEmpty();

		MediaResponse image = this.media.getMediaById(created.id()).block();
		assertThat(image.id()).isEqualTo(created.id());
		assertThat(image.isTrashed()).isFalse();
		assertThat(image.mediaType().id()).isEqualTo(MediaTypeIds.IMAGE);
		assertThat(image.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.name()).isEqualTo("Harbour");
			assertThat(variant.createDate()).isNotNull();
		});
		MediaValueResponse file = value(image, "umbracoFile");
		assertThat(file.editorAlias()).isEqualTo("Umbraco.ImageCropper");
		assertThat(file.value()).asInstanceOf(InstanceOfAssertFactories.MAP)
			.hasEntrySatisfying("src",
					(src) -> assertThat(src.toString()).startsWith("/media/").endsWith("/harbour.jpg"));
		assertThat(value(image, "umbracoExtension").value()).isEqualTo("jpg");
		assertThat(((Number) value(image, "umbracoBytes").value()).longValue()).isEqualTo(JPEG.length);

		var updated = this.media
			.putMediaById(created.id(),
					new UpdateMediaRequest(List.of(new MediaValue(null, null, "umbracoFile", file.value())),
							List.of(new MediaVariantRequest(null, null, "Harbour at dusk"))))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		MediaResponse renamed = this.media.getMediaById(created.id()).block();
		assertThat(renamed.variants().get(0).name()).isEqualTo("Harbour at dusk");
		assertThat(this.umbraco.media().fileContent(created.id())).as("echoing src keeps the file")
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(JPEG));

		var deleted = this.media.deleteMediaById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.media.getMediaById(created.id()).block());
	}

	@Test
	void acceptsACallerChosenId() {
		UUID id = UUID.randomUUID();
		Created created = this.media
			.createMedia(
					new CreateMediaRequest(List.of(), List.of(new MediaVariantRequest(null, null, "Chosen folder")), id,
							null, new ReferenceById(MediaTypeIds.FOLDER)))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.umbraco.media().name(id)).hasValue("Chosen folder");
	}

	@Test
	void createsMediaUnderAParentFolder() {
		UUID folder = this.umbraco.media().add("Albums " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		Created created = this.media
			.createMedia(new CreateMediaRequest(List.of(), List.of(new MediaVariantRequest(null, null, "2024")), null,
					new ReferenceById(folder), new ReferenceById(MediaTypeIds.FOLDER)))
			.block();
		assertThat(this.media.getItemMedia(List.of(created.id())).block()).singleElement()
			.satisfies((item) -> assertThat(item.parent().id()).isEqualTo(folder));
	}

	@Test
	void movesMediaToTheRecycleBinAndRestoresIt() {
		UUID home = this.umbraco.media().add("Home " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID folder = this.umbraco.media().add("Old photos", MediaTypeIds.FOLDER, home);
		UUID child = this.umbraco.media().add("1999", MediaTypeIds.FOLDER, folder);

		var trashed = this.media.putMediaByIdMoveToRecycleBin(folder).block();
		assertThat(trashed.getStatusCode().value()).isEqualTo(200);
		assertThat(this.media.getMediaById(folder).block().isTrashed()).isTrue();
		assertThat(this.media.getMediaById(child).block().isTrashed()).as("descendants go with it").isTrue();
		assertThat(this.media.getTreeMediaChildrenAll(home, null, 10).collectList().block()).isEmpty();
		assertThat(this.media.getRecycleBinMediaRootAll(2).collectList().block())
			.extracting(MediaRecycleBinItemResponse::id)
			.contains(folder)
			.doesNotContain(child)
			.doesNotHaveDuplicates();
		try (var children = this.media.getRecycleBinMediaChildrenStream(folder, 5)) {
			assertThat(children).singleElement().satisfies((item) -> {
				assertThat(item.id()).isEqualTo(child);
				assertThat(item.parent().id()).isEqualTo(folder);
			});
		}

		var restored = this.media.putRecycleBinMediaByIdRestore(folder, new MoveMediaRequest(new ReferenceById(home)))
			.block();
		assertThat(restored.getStatusCode().value()).isEqualTo(200);
		assertThat(this.media.getMediaById(child).block().isTrashed()).isFalse();
		assertThat(this.media.getTreeMediaChildrenAll(home, null, 10).collectList().block())
			.extracting(MediaTreeItemResponse::id)
			.containsExactly(folder);
		assertThat(this.media.getRecycleBinMediaRootAll(100).collectList().block())
			.extracting(MediaRecycleBinItemResponse::id)
			.doesNotContain(folder);
	}

	@Test
	void restoresToTheRootWhenNoTargetIsGiven() {
		UUID home = this.umbraco.media().add("Home " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID folder = this.umbraco.media().add("Drafts", MediaTypeIds.FOLDER, home);
		this.media.putMediaByIdMoveToRecycleBin(folder).block();

		this.media.putRecycleBinMediaByIdRestore(folder, new MoveMediaRequest(null)).block();

		assertThat(this.media.getItemMedia(List.of(folder)).block()).singleElement().satisfies((item) -> {
			assertThat(item.parent()).isNull();
			assertThat(item.isTrashed()).isFalse();
		});
	}

	@Test
	void deletesTrashedMediaFromTheRecycleBin() {
		UUID folder = this.umbraco.media().add("Outdated " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID child = this.umbraco.media().add("Flyers", MediaTypeIds.FOLDER, folder);
		this.media.putMediaByIdMoveToRecycleBin(folder).block();

		var deleted = this.media.deleteRecycleBinMediaById(folder).block();

		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.media.getItemMedia(List.of(folder, child)).block()).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.media.getMediaById(child).block());
	}

	@Test
	void emptiesTheRecycleBin() {
		UUID first = this.umbraco.media().add("Bin A " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID second = this.umbraco.media().add("Bin B " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		this.media.putMediaByIdMoveToRecycleBin(first).block();
		this.media.putMediaByIdMoveToRecycleBin(second).block();

		this.media.deleteRecycleBinMedia().block();

		assertThat(this.media.getItemMedia(List.of(first, second)).block()).isEmpty();
		assertThat(this.media.getRecycleBinMediaRootPage(0, 100).block().items()).isEmpty();
	}

	@Test
	void refusesToRestoreMediaThatIsNotInTheRecycleBin() {
		UUID folder = this.umbraco.media().add("Live " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.media.putRecycleBinMediaByIdRestore(folder, new MoveMediaRequest(null)).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotInTrash");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Content is not in the recycle bin");
			});
	}

	@Test
	void movesMediaIntoAnotherFolder() {
		UUID source = this.umbraco.media().add("Inbox " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID target = this.umbraco.media().add("Archive " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID moved = this.umbraco.media().add("Invoices", MediaTypeIds.FOLDER, source);

		var response = this.media.putMediaByIdMove(moved, new MoveMediaRequest(new ReferenceById(target))).block();

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(this.media.getTreeMediaAncestors(moved).block()).extracting(MediaTreeItemResponse::id)
			.containsExactly(target, moved);
		assertThat(this.media.getTreeMediaChildrenPage(source, 0, 10, null).block().total()).isZero();
		assertThat(this.media.getTreeMediaChildrenPage(target, 0, 10, null).block().items()).singleElement()
			.satisfies((item) -> assertThat(item.parent().id()).isEqualTo(target));
	}

	@Test
	void refusesToMoveAFolderUnderItsOwnDescendant() {
		UUID parent = this.umbraco.media().add("Parent " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID child = this.umbraco.media().add("Child", MediaTypeIds.FOLDER, parent);
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.media.putMediaByIdMove(parent, new MoveMediaRequest(new ReferenceById(child))).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("ParentInvalid"));
	}

	@Test
	void walksTheTreeChildrenLazilyPageByPage() {
		UUID parent = this.umbraco.media().add("Gallery " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		for (int i = 0; i < 7; i++) {
			this.umbraco.media().add("Album " + i, MediaTypeIds.FOLDER, parent);
		}
		this.umbraco.resetCounters();
		List<MediaTreeItemResponse> children = this.media.getTreeMediaChildrenAll(parent, null, 3)
			.collectList()
			.block();
		assertThat(children).hasSize(7).extracting(MediaTreeItemResponse::id).doesNotHaveDuplicates();
		assertThat(children).extracting((child) -> child.variants().get(0).name())
			.containsExactly("Album 0", "Album 1", "Album 2", "Album 3", "Album 4", "Album 5", "Album 6");
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/media/children")).isEqualTo(3);
		try (var stream = this.media.getTreeMediaChildrenStream(parent, null, 5)) {
			assertThat(stream.count()).isEqualTo(7);
		}
	}

	@Test
	void walksTheTreeRootLazilyPageByPage() {
		List<UUID> mine = List.of(this.umbraco.media().add("Root A " + UUID.randomUUID(), MediaTypeIds.FOLDER, null),
				this.umbraco.media().add("Root B " + UUID.randomUUID(), MediaTypeIds.FOLDER, null),
				this.umbraco.media().add("Root C " + UUID.randomUUID(), MediaTypeIds.FOLDER, null));
		long total = this.media.getTreeMediaRootPage(0, 1, null).block().total();
		this.umbraco.resetCounters();

		List<MediaTreeItemResponse> root = this.media.getTreeMediaRootAll(null, 2).collectList().block();

		assertThat(root).hasSize((int) total)
			.extracting(MediaTreeItemResponse::id)
			.doesNotHaveDuplicates()
			.containsAll(mine);
		assertThat(root).allSatisfy((item) -> assertThat(item.parent()).isNull());
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/media/root")).isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.media.getTreeMediaRootStream(null, 2)) {
			assertThat(stream.map(MediaTreeItemResponse::id)).containsAll(mine);
		}
	}

	@Test
	void sortsTheChildrenOfAFolder() {
		UUID parent = this.umbraco.media().add("Sorted " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID a = this.umbraco.media().add("A", MediaTypeIds.FOLDER, parent);
		UUID b = this.umbraco.media().add("B", MediaTypeIds.FOLDER, parent);
		UUID c = this.umbraco.media().add("C", MediaTypeIds.FOLDER, parent);

		this.media
			.putMediaSort(new SortingRequest(new ReferenceById(parent),
					List.of(new ItemSortingRequest(c, 0), new ItemSortingRequest(a, 1), new ItemSortingRequest(b, 2))))
			.block();

		assertThat(this.media.getTreeMediaChildrenAll(parent, null, 10).collectList().block())
			.extracting(MediaTreeItemResponse::id)
			.containsExactly(c, a, b);
	}

	@Test
	void refusesToSortMediaOfAnotherParent() {
		UUID parent = this.umbraco.media().add("Sorted " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID stranger = this.umbraco.media().add("Elsewhere " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.media
				.putMediaSort(
						new SortingRequest(new ReferenceById(parent), List.of(new ItemSortingRequest(stranger, 0))))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("SortingInvalid"));
	}

	@Test
	void readsItemsByRepeatedIdParametersSkippingUnknownIds() {
		UUID first = this.umbraco.media().add("First " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);
		UUID second = this.umbraco.media().add("Second", MediaTypeIds.FOLDER, first);
		List<MediaItemResponse> items = this.media.getItemMedia(List.of(first, second, UUID.randomUUID())).block();
		assertThat(items).extracting(MediaItemResponse::id).containsExactly(first, second);
		assertThat(items.get(0).hasChildren()).isTrue();
		assertThat(items.get(0).mediaType().id()).isEqualTo(MediaTypeIds.FOLDER);
		assertThat(items.get(1).parent().id()).isEqualTo(first);
		assertThat(items.get(1).variants()).extracting(VariantItemResponse::name).containsExactly("Second");
	}

	@Test
	void readsTheUrlsOfStoredFiles() {
		UUID upload = this.umbraco.media().addTemporaryFile("Price List.jpg", JPEG);
		UUID image = this.media
			.createMedia(new CreateMediaRequest(
					List.of(new MediaValue(null, null, "umbracoFile", Map.of("temporaryFileId", upload.toString()))),
					List.of(new MediaVariantRequest(null, null, "Price list")), null, null,
					new ReferenceById(MediaTypeIds.IMAGE)))
			.block()
			.id();
		UUID folder = this.umbraco.media().add("No file " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);

		List<MediaUrlInfoResponse> urls = this.media.getMediaUrls(List.of(image, folder)).block();

		assertThat(urls).extracting(MediaUrlInfoResponse::id).containsExactly(image, folder);
		assertThat(urls.get(0).urlInfos()).extracting(MediaUrlInfo::url)
			.singleElement()
			.satisfies((url) -> assertThat(url).startsWith("http://").endsWith("/price-list.jpg"));
		assertThat(urls.get(1).urlInfos()).isEmpty();
	}

	@Test
	void readsTheMediaConfiguration() {
		MediaConfigurationResponse configuration = this.media.getMediaConfiguration().block();
		assertThat(configuration.disableDeleteWhenReferenced()).isFalse();
		assertThat(configuration.disableUnpublishWhenReferenced()).isFalse();
	}

	@Test
	void reportsAFileValueWithoutATemporaryFileAsAPropertyValidationError() {
		UUID missing = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoBadRequestException.class).isThrownBy(
				() -> this.media
					.createMedia(new CreateMediaRequest(
							List.of(new MediaValue(null, null, "umbracoFile",
									Map.of("temporaryFileId", missing.toString()))),
							List.of(new MediaVariantRequest(null, null, "Lost")), null, null,
							new ReferenceById(MediaTypeIds.IMAGE)))
					.block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(400);
				assertThat(ex.getOperationStatus()).isEqualTo("PropertyValidationError");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Validation failed");
				assertThat(ex.getErrors()).containsOnlyKeys("$.values[0].value");
				assertThat(ex.getErrors().get("$.values[0].value")).singleElement()
					.asString()
					.contains(missing.toString());
			});
	}

	@Test
	void reportsMissingRequiredMembersAsModelBindingErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.media.createMedia(new CreateMediaRequest(null, null, null, null, null)).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isNull();
				assertThat(ex.getErrors()).containsOnlyKeys("$.values", "$.variants", "$.mediaType");
			});
	}

	@Test
	void refusesAMediaTypeThatIsNotAllowedUnderTheParent() {
		UUID upload = this.umbraco.media().addTemporaryFile("parent.jpg", JPEG);
		UUID image = this.media
			.createMedia(new CreateMediaRequest(
					List.of(new MediaValue(null, null, "umbracoFile", Map.of("temporaryFileId", upload.toString()))),
					List.of(new MediaVariantRequest(null, null, "Parent image")), null, null,
					new ReferenceById(MediaTypeIds.IMAGE)))
			.block()
			.id();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.media.createMedia(new CreateMediaRequest(List.of(),
							List.of(new MediaVariantRequest(null, null, "Folder in an image")), null,
							new ReferenceById(image), new ReferenceById(MediaTypeIds.FOLDER)))
						.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotAllowed"));
	}

	@Test
	void reportsAnUnknownMediaTypeAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.media
				.createMedia(new CreateMediaRequest(List.of(), List.of(new MediaVariantRequest(null, null, "Typeless")),
						null, null, new ReferenceById(UUID.randomUUID())))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("ContentTypeNotFound"));
	}

	@Test
	void reportsMissingMediaAsNotFound() {
		UUID missing = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.media.getMediaById(missing).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("The requested Media could not be found");
				assertThat(ex.getUri().getPath()).endsWith("/media/" + missing);
			});
	}

	private static MediaValueResponse value(MediaResponse media, String alias) {
		return media.values()
			.stream()
			.filter((value) -> value.alias().equals(alias))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No value " + alias + " in " + media.values()));
	}

}
