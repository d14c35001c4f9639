package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.AllowedMediaType;
import io.github.umbracomgmt.client.model.CompositionType;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.CreateMediaRequest;
import io.github.umbracomgmt.client.model.CreateMediaTypePropertyTypeContainerRequest;
import io.github.umbracomgmt.client.model.CreateMediaTypePropertyTypeRequest;
import io.github.umbracomgmt.client.model.CreateMediaTypeRequest;
import io.github.umbracomgmt.client.model.MediaTypeComposition;
import io.github.umbracomgmt.client.model.MediaTypeItemResponse;
import io.github.umbracomgmt.client.model.MediaTypePropertyTypeResponse;
import io.github.umbracomgmt.client.model.MediaTypeResponse;
import io.github.umbracomgmt.client.model.MediaTypeSort;
import io.github.umbracomgmt.client.model.MediaTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.MediaValue;
import io.github.umbracomgmt.client.model.MediaVariantRequest;
import io.github.umbracomgmt.client.model.MoveMediaTypeRequest;
import io.github.umbracomgmt.client.model.PropertyTypeAppearance;
import io.github.umbracomgmt.client.model.PropertyTypeValidation;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;
import io.github.umbracomgmt.client.model.UpdateMediaTypePropertyTypeContainerRequest;
import io.github.umbracomgmt.client.model.UpdateMediaTypePropertyTypeRequest;
import io.github.umbracomgmt.client.model.UpdateMediaTypeRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.MediaTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaTypeClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	/** Umbraco's default {@code Upload File} data type ({@code Umbraco.UploadField}). */
	private static final UUID UPLOAD_FILE_DATA_TYPE = UUID.fromString("84c6b441-31df-4ffe-b67e-67d5bc3ae65a");

	/** Umbraco's default {@code Textstring} data type. */
	private static final UUID TEXTSTRING_DATA_TYPE = UUID.fromString("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

	@Autowired
	private UmbracoMediaTypeClient mediaTypes;

	@Autowired
	private UmbracoMediaClient media;

	private final String alias = "podcast" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final UUID group = UUID.randomUUID();

	private final UUID audioProperty = UUID.randomUUID();

	@Test
	void createsReadsUpdatesAndDeletesAMediaType() {
		Created created = this.mediaTypes.createMediaType(podcast(this.alias, null, true)).block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/media-type/" + created.id());

		MediaTypeResponse type = this.mediaTypes.getMediaTypeById(created.id()).block();
		assertThat(type.id()).isEqualTo(created.id());
		assertThat(type.alias()).isEqualTo(this.alias);
		assertThat(type.name()).isEqualTo("Podcast");
		assertThat(type.description()).isEqualTo("An episode");
		assertThat(type.icon()).isEqualTo("icon-sound");
		assertThat(type.allowedAsRoot()).isTrue();
		assertThat(type.isDeletable()).isTrue();
		assertThat(type.aliasCanBeChanged()).isTrue();
		assertThat(type.containers()).singleElement().satisfies((container) -> {
			assertThat(container.id()).isEqualTo(this.group);
			assertThat(container.name()).isEqualTo("Audio");
			assertThat(container.type()).isEqualTo("Group");
		});
		assertThat(type.properties()).singleElement().satisfies((property) -> {
			assertThat(property.id()).isEqualTo(this.audioProperty);
			assertThat(property.alias()).isEqualTo("umbracoFile");
			assertThat(property.container().id()).isEqualTo(this.group);
			assertThat(property.dataType().id()).isEqualTo(UPLOAD_FILE_DATA_TYPE);
			assertThat(property.validation().mandatory()).isTrue();
			assertThat(property.validation().mandatoryMessage()).isEqualTo("Pick a file");
			assertThat(property.appearance().labelOnTop()).isFalse();
		});
		assertThat(type.allowedMediaTypes()).isEmpty();

		var updated = this.mediaTypes
			.putMediaTypeById(created.id(), new UpdateMediaTypeRequest(this.alias, "Podcast episode", null,
					"icon-microphone", false, false, false, null, false,
					List.of(updateProperty(this.audioProperty, 0, "umbracoFile", "Audio", UPLOAD_FILE_DATA_TYPE),
							updateProperty(UUID.randomUUID(), 1, "duration", "Duration", TEXTSTRING_DATA_TYPE)),
					List.of(new UpdateMediaTypePropertyTypeContainerRequest(this.group, null, "Audio", "Group", 0)),
					List.of(new MediaTypeSort(new ReferenceById(MediaTypeIds.IMAGE), 0)),
					List.of(new MediaTypeComposition(new ReferenceById(MediaTypeIds.FILE),
							CompositionType.COMPOSITION)),
					null))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		MediaTypeResponse changed = this.mediaTypes.getMediaTypeById(created.id()).block();
		assertThat(changed.name()).isEqualTo("Podcast episode");
		assertThat(changed.description()).isNull();
		assertThat(changed.icon()).isEqualTo("icon-microphone");
		assertThat(changed.allowedAsRoot()).isFalse();
		assertThat(changed.properties()).extracting(MediaTypePropertyTypeResponse::alias)
			.containsExactly("umbracoFile", "duration");
		assertThat(changed.allowedMediaTypes()).singleElement()
			.satisfies((allowed) -> assertThat(allowed.mediaType().id()).isEqualTo(MediaTypeIds.IMAGE));
		assertThat(changed.compositions()).singleElement().satisfies((composition) -> {
			assertThat(composition.mediaType().id()).isEqualTo(MediaTypeIds.FILE);
			assertThat(composition.compositionType()).isEqualTo(CompositionType.COMPOSITION);
		});

		var deleted = this.mediaTypes.deleteMediaTypeById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.mediaTypes.getMediaTypeById(created.id()).block());
	}

	@Test
	void acceptsACallerChosenId() {
		UUID id = UUID.randomUUID();
		Created created = this.mediaTypes.createMediaType(podcast(this.alias, id, true)).block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.mediaTypes.getMediaTypeById(id).block().alias()).isEqualTo(this.alias);
	}

	@Test
	void createdTypeTakesAnUploadOnItsUploadProperty() {
		UUID type = this.mediaTypes.createMediaType(podcast(this.alias, null, true)).block().id();
		UUID upload = this.umbraco.media().addTemporaryFile("episode-1.mp3", new byte[] { 'I', 'D', '3', 4 });

		UUID episode = this.media
			.createMedia(new CreateMediaRequest(
					List.of(new MediaValue(null, null, "umbracoFile", Map.of("temporaryFileId", upload.toString()))),
					List.of(new MediaVariantRequest(null, null, "Episode 1")), null, null, new ReferenceById(type)))
			.block()
			.id();

		assertThat(this.umbraco.media().fileContent(episode))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly('I', 'D', '3', 4));
		assertThat(this.media.getMediaById(episode).block().values()).singleElement().satisfies((value) -> {
			assertThat(value.alias()).isEqualTo("umbracoFile");
			assertThat(value.editorAlias()).isEqualTo("Umbraco.UploadField");
		});
	}

	@Test
	void readsTheBuiltInImageType() {
		MediaTypeResponse image = this.mediaTypes.getMediaTypeById(MediaTypeIds.IMAGE).block();
		assertThat(image.alias()).isEqualTo("Image");
		assertThat(image.isDeletable()).isFalse();
		assertThat(image.aliasCanBeChanged()).isFalse();
		assertThat(image.properties()).extracting(MediaTypePropertyTypeResponse::alias)
			.containsExactly("umbracoFile", "umbracoWidth", "umbracoHeight", "umbracoBytes", "umbracoExtension");
	}

	@Test
	void readsItemsByRepeatedIdParametersSkippingUnknownIds() {
		List<MediaTypeItemResponse> items = this.mediaTypes
			.getItemMediaType(List.of(MediaTypeIds.FOLDER, MediaTypeIds.IMAGE, MediaTypeIds.FILE, UUID.randomUUID()))
			.block();
		assertThat(items).extracting(MediaTypeItemResponse::name).containsExactly("Folder", "Image", "File");
		assertThat(items).extracting(MediaTypeItemResponse::icon)
			.containsExactly("icon-folder", "icon-picture", "icon-document");
	}

	@Test
	void listsTheTypesAllowedAtTheRootWithTheWalkers() {
		UUID mine = this.mediaTypes.createMediaType(podcast(this.alias, null, true)).block().id();
		UUID notAtRoot = this.mediaTypes.createMediaType(podcast(this.alias + "x", null, false)).block().id();
		long total = this.mediaTypes.getMediaTypeAllowedAtRootPage(0, 1).block().total();
		this.umbraco.resetCounters();

		List<AllowedMediaType> allowed = this.mediaTypes.getMediaTypeAllowedAtRootAll(2).collectList().block();

		assertThat(allowed).hasSize((int) total)
			.extracting(AllowedMediaType::id)
			.doesNotHaveDuplicates()
			.contains(MediaTypeIds.FOLDER, MediaTypeIds.IMAGE, MediaTypeIds.FILE, mine)
			.doesNotContain(notAtRoot);
		assertThat(this.umbraco.apiRequests("GET", API + "/media-type/allowed-at-root"))
			.isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.mediaTypes.getMediaTypeAllowedAtRootStream(1)) {
			assertThat(stream.map(AllowedMediaType::id)).contains(mine);
		}
	}

	@Test
	void listsTheAllowedChildrenInTheirSortOrder() {
		assertThat(
				this.mediaTypes.getMediaTypeByIdAllowedChildrenAll(MediaTypeIds.FOLDER, null, 2).collectList().block())
			.extracting(AllowedMediaType::id)
			.containsExactly(MediaTypeIds.FOLDER, MediaTypeIds.IMAGE, MediaTypeIds.FILE);
	}

	@Test
	void createsRenamesAndDeletesAFolder() {
		String name = "Audio " + UUID.randomUUID();
		Created created = this.mediaTypes.createMediaTypeFolder(new CreateFolderRequest(name, null, null)).block();
		assertThat(created.location().toString()).endsWith("/media-type/folder/" + created.id());
		assertThat(this.mediaTypes.getMediaTypeFolderById(created.id()).block().name()).isEqualTo(name);

		this.mediaTypes.putMediaTypeFolderById(created.id(), new UpdateFolderResponse(name + " (old)")).block();
		assertThat(this.mediaTypes.getMediaTypeFolderById(created.id()).block().name()).isEqualTo(name + " (old)");

		var deleted = this.mediaTypes.deleteMediaTypeFolderById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.mediaTypes.getMediaTypeFolderById(created.id()).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotFound"));
	}

	@Test
	void refusesToDeleteAFolderThatIsNotEmpty() {
		UUID folder = folder("Full " + UUID.randomUUID(), null);
		UUID type = this.mediaTypes.createMediaType(podcast(this.alias, null, true)).block().id();
		this.mediaTypes.putMediaTypeByIdMove(type, new MoveMediaTypeRequest(new ReferenceById(folder))).block();

		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.mediaTypes.deleteMediaTypeFolderById(folder).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotEmpty");
				assertThat(ex.getProblemDetails().detail())
					.isEqualTo("The folder must be empty to perform this action.");
			});
	}

	@Test
	void movesAMediaTypeIntoAFolder() {
		UUID folder = folder("Moved into " + UUID.randomUUID(), null);
		UUID type = this.mediaTypes.createMediaType(podcast(this.alias, null, true)).block().id();

		var moved = this.mediaTypes.putMediaTypeByIdMove(type, new MoveMediaTypeRequest(new ReferenceById(folder)))
			.block();

		assertThat(moved.getStatusCode().value()).isEqualTo(200);
		assertThat(this.mediaTypes.getTreeMediaTypeAncestors(type).block()).extracting(MediaTypeTreeItemResponse::id)
			.containsExactly(folder, type);
		assertThat(this.mediaTypes.getTreeMediaTypeChildrenAll(folder, false, 10).collectList().block()).singleElement()
			.satisfies((item) -> {
				assertThat(item.id()).isEqualTo(type);
				assertThat(item.parent().id()).isEqualTo(folder);
				assertThat(item.isFolder()).isFalse();
			});
	}

	@Test
	void reportsAMoveToAnUnknownFolderAsNotFound() {
		UUID type = this.mediaTypes.createMediaType(podcast(this.alias, null, true)).block().id();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.mediaTypes
				.putMediaTypeByIdMove(type, new MoveMediaTypeRequest(new ReferenceById(UUID.randomUUID())))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("ContainerNotFound"));
	}

	@Test
	void walksTheTreeLazilyPageByPage() {
		UUID parent = folder("Tree " + UUID.randomUUID(), null);
		UUID subfolder = folder("Nested", parent);
		for (int i = 0; i < 6; i++) {
			this.mediaTypes.createMediaType(podcastIn(this.alias + i, "Type " + i, parent)).block();
		}
		this.umbraco.resetCounters();

		List<MediaTypeTreeItemResponse> children = this.mediaTypes.getTreeMediaTypeChildrenAll(parent, false, 3)
			.collectList()
			.block();

		assertThat(children).extracting(MediaTypeTreeItemResponse::name)
			.containsExactly("Nested", "Type 0", "Type 1", "Type 2", "Type 3", "Type 4", "Type 5");
		assertThat(children.get(0).isFolder()).isTrue();
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/media-type/children")).isEqualTo(3);
		try (var folders = this.mediaTypes.getTreeMediaTypeChildrenStream(parent, true, 3)) {
			assertThat(folders.map(MediaTypeTreeItemResponse::id)).containsExactly(subfolder);
		}
		assertThat(this.mediaTypes.getTreeMediaTypeRootAll(true, 50).collectList().block())
			.allSatisfy((item) -> assertThat(item.isFolder()).isTrue())
			.filteredOn((item) -> item.id().equals(parent))
			.singleElement()
			.satisfies((item) -> assertThat(item.hasChildren()).isTrue());
	}

	@Test
	void refusesToDeleteABuiltInMediaType() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.mediaTypes.deleteMediaTypeById(MediaTypeIds.IMAGE).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotAllowed");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Operation not permitted");
			});
		assertThat(this.mediaTypes.getMediaTypeById(MediaTypeIds.IMAGE).block().alias()).isEqualTo("Image");
	}

	@Test
	void rejectsADuplicateAlias() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.mediaTypes.createMediaType(podcast("image", null, true)).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateAlias");
				assertThat(ex.getProblemDetails().detail())
					.isEqualTo("The specified media type alias is already in use");
			});
	}

	@Test
	void reportsMissingRequiredMembersAsModelBindingErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.mediaTypes
				.createMediaType(new CreateMediaTypeRequest(null, null, null, "icon-sound", false, false, false, false,
						List.of(), List.of(), null, null, List.of(), List.of(), null, null))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isNull();
				assertThat(ex.getProblemDetails().title()).isEqualTo("One or more validation errors occurred.");
				assertThat(ex.getErrors()).containsOnlyKeys("$.alias", "$.name");
				assertThat(ex.getErrors().get("$.alias")).containsExactly("The alias field is required.");
			});
	}

	@Test
	void reportsAMissingMediaTypeAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.mediaTypes.getMediaTypeById(UUID.randomUUID()).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().detail()).isEqualTo("The specified media type was not found");
			});
	}

	private UUID folder(String name, UUID parent) {
		return this.mediaTypes
			.createMediaTypeFolder(
					new CreateFolderRequest(name, null, (parent != null) ? new ReferenceById(parent) : null))
			.block()
			.id();
	}

	private CreateMediaTypeRequest podcast(String alias, UUID id, boolean allowedAsRoot) {
		return new CreateMediaTypeRequest(alias, "Podcast", "An episode", "icon-sound", allowedAsRoot, false, false,
				false,
				List.of(new CreateMediaTypePropertyTypeRequest(this.audioProperty, new ReferenceById(this.group), 0,
						"umbracoFile", "Audio", null, new ReferenceById(UPLOAD_FILE_DATA_TYPE), false, false,
						new PropertyTypeValidation(true, "Pick a file", null, null),
						new PropertyTypeAppearance(false))),
				List.of(new CreateMediaTypePropertyTypeContainerRequest(this.group, null, "Audio", "Group", 0)), id,
				null, List.of(), List.of(), null, null);
	}

	private static CreateMediaTypeRequest podcastIn(String alias, String name, UUID folder) {
		return new CreateMediaTypeRequest(alias, name, null, "icon-sound", false, false, false, false, List.of(),
				List.of(), null, new ReferenceById(folder), List.of(), List.of(), null, null);
	}

	private static UpdateMediaTypePropertyTypeRequest updateProperty(UUID id, int sortOrder, String alias, String name,
			UUID dataType) {
		return new UpdateMediaTypePropertyTypeRequest(id, null, sortOrder, alias, name, null,
				new ReferenceById(dataType), false, false, new PropertyTypeValidation(false, null, null, null),
				new PropertyTypeAppearance(false));
	}

}
