package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CopyDataTypeRequest;
import io.github.umbracomgmt.client.model.CreateDataTypeRequest;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.DataTypeChangeMode;
import io.github.umbracomgmt.client.model.DataTypeItemResponse;
import io.github.umbracomgmt.client.model.DataTypePropertyPresentation;
import io.github.umbracomgmt.client.model.DataTypeResponse;
import io.github.umbracomgmt.client.model.DataTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.DatatypeConfigurationResponse;
import io.github.umbracomgmt.client.model.FolderResponse;
import io.github.umbracomgmt.client.model.MoveDataTypeRequest;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateDataTypeRequest;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.DataTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class DataTypeClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final String TEXT_BOX = "Umbraco.TextBox";

	private static final String TEXT_BOX_UI = "Umb.PropertyEditorUi.TextBox";

	@Autowired
	private UmbracoDataTypeClient dataTypes;

	@Test
	void readsABuiltInDataTypeWithItsConfiguration() {
		DataTypeResponse textstring = this.dataTypes.getDataTypeById(DataTypeIds.TEXTSTRING).block();
		assertThat(textstring.id()).isEqualTo(DataTypeIds.TEXTSTRING);
		assertThat(textstring.name()).isEqualTo("Textstring");
		assertThat(textstring.editorAlias()).isEqualTo(TEXT_BOX);
		assertThat(textstring.editorUiAlias()).isEqualTo(TEXT_BOX_UI);
		assertThat(textstring.values()).containsExactly(new DataTypePropertyPresentation("maxChars", 512));
		assertThat(textstring.isDeletable()).isTrue();
		assertThat(textstring.canIgnoreStartNodes()).isFalse();
	}

	@Test
	void createsReadsUpdatesAndDeletesADataType() {
		String name = "Short text " + UUID.randomUUID();
		Created created = this.dataTypes
			.createDataType(new CreateDataTypeRequest(name, TEXT_BOX, TEXT_BOX_UI,
					List.of(new DataTypePropertyPresentation("maxChars", 40)), null, null))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/data-type/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.settings().dataTypeEditorAlias(created.id())).contains(TEXT_BOX);

		DataTypeResponse read = this.dataTypes.getDataTypeById(created.id()).block();
		assertThat(read.name()).isEqualTo(name);
		assertThat(read.editorAlias()).isEqualTo(TEXT_BOX);
		assertThat(read.editorUiAlias()).isEqualTo(TEXT_BOX_UI);
		assertThat(read.values()).containsExactly(new DataTypePropertyPresentation("maxChars", 40));
		assertThat(read.isDeletable()).isTrue();

		var updated = this.dataTypes.putDataTypeById(created.id(),
				new UpdateDataTypeRequest(name + " (long)", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea",
						List.of(new DataTypePropertyPresentation("rows", 10),
								new DataTypePropertyPresentation("placeholder", "Write here"))))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		DataTypeResponse changed = this.dataTypes.getDataTypeById(created.id()).block();
		assertThat(changed.name()).isEqualTo(name + " (long)");
		assertThat(changed.editorAlias()).isEqualTo("Umbraco.TextArea");
		assertThat(changed.values()).containsExactly(new DataTypePropertyPresentation("rows", 10),
				new DataTypePropertyPresentation("placeholder", "Write here"));

		this.dataTypes.deleteDataTypeById(created.id()).block();
		assertThat(this.umbraco.settings().dataTypeEditorAlias(created.id())).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.dataTypes.getDataTypeById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("The data type could not be found");
			});
	}

	@Test
	void keepsStructuredConfigurationValues() {
		Map<String, Object> crop = Map.of("alias", "thumb", "width", 100, "height", 100);
		Created created = this.dataTypes.createDataType(new CreateDataTypeRequest("Cropper " + UUID.randomUUID(),
				"Umbraco.ImageCropper", "Umb.PropertyEditorUi.ImageCropper",
				List.of(new DataTypePropertyPresentation("crops", List.of(crop)),
						new DataTypePropertyPresentation("enabled", true)),
				null, null))
			.block();
		DataTypeResponse read = this.dataTypes.getDataTypeById(created.id()).block();
		assertThat(read.values()).containsExactly(new DataTypePropertyPresentation("crops", List.of(crop)),
				new DataTypePropertyPresentation("enabled", true));
	}

	@Test
	void acceptsACallerChosenIdAndRefusesItTwice() {
		UUID id = UUID.randomUUID();
		CreateDataTypeRequest request = new CreateDataTypeRequest("Chosen " + id, TEXT_BOX, TEXT_BOX_UI, List.of(), id,
				null);
		assertThat(this.dataTypes.createDataType(request).block().id()).isEqualTo(id);
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(() -> this.dataTypes.createDataType(request).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateKey"));
	}

	@Test
	void reportsAMissingNameWithTheValidationErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.dataTypes
				.createDataType(new CreateDataTypeRequest(null, TEXT_BOX, TEXT_BOX_UI, List.of(), null, null))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidName");
				assertThat(ex.getErrors()).containsKey("$.name");
			});
	}

	@Test
	void refusesToDeleteABuiltInLabel() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.dataTypes.deleteDataTypeById(DataTypeIds.LABEL_STRING).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NonDeletable"));
		assertThat(this.dataTypes.getDataTypeById(DataTypeIds.LABEL_STRING).block().isDeletable()).isFalse();
	}

	@Test
	void tellsWhetherADocumentTypeUsesADataType() {
		UUID dataType = this.umbraco.settings().addDataType("Used " + UUID.randomUUID(), TEXT_BOX, TEXT_BOX_UI);
		assertThat(this.dataTypes.getDataTypeByIdIsUsed(dataType).block()).isFalse();
		this.umbraco.settings()
			.addDocumentType("user" + UUID.randomUUID().toString().replace("-", ""), "User",
					Map.of("subtitle", dataType));
		assertThat(this.dataTypes.getDataTypeByIdIsUsed(dataType).block()).isTrue();
	}

	@Test
	void copiesADataTypeIntoAFolder() {
		String name = "Original " + UUID.randomUUID();
		UUID original = this.umbraco.settings().addDataType(name, TEXT_BOX, TEXT_BOX_UI);
		UUID folder = createFolder("Copies");
		Created copy = this.dataTypes
			.createDataTypeByIdCopy(original, new CopyDataTypeRequest(new ReferenceById(folder)))
			.block();
		assertThat(copy.id()).isNotEqualTo(original);
		DataTypeResponse read = this.dataTypes.getDataTypeById(copy.id()).block();
		assertThat(read.name()).isEqualTo(name + " (copy)");
		assertThat(read.editorAlias()).isEqualTo(TEXT_BOX);
		assertThat(this.dataTypes.getTreeDataTypeChildrenAll(folder, null, 10).collectList().block())
			.extracting(DataTypeTreeItemResponse::id)
			.containsExactly(copy.id());
	}

	@Test
	void movesADataTypeIntoAFolderAndReadsItsAncestors() {
		UUID dataType = this.umbraco.settings().addDataType("Mover " + UUID.randomUUID(), TEXT_BOX, TEXT_BOX_UI);
		UUID folder = createFolder("Target");
		var moved = this.dataTypes.putDataTypeByIdMove(dataType, new MoveDataTypeRequest(new ReferenceById(folder)))
			.block();
		assertThat(Created.notifications(moved)).isNotEmpty();
		assertThat(this.dataTypes.getTreeDataTypeAncestors(dataType).block())
			.extracting(DataTypeTreeItemResponse::id, DataTypeTreeItemResponse::isFolder)
			.containsExactly(tuple(folder, true), tuple(dataType, false));
	}

	@Test
	void reportsAMoveToAnUnknownFolder() {
		UUID dataType = this.umbraco.settings().addDataType("Lost " + UUID.randomUUID(), TEXT_BOX, TEXT_BOX_UI);
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.dataTypes
				.putDataTypeByIdMove(dataType, new MoveDataTypeRequest(new ReferenceById(UUID.randomUUID())))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("ParentNotFound"));
	}

	@Test
	void walksTheChildrenOfAFolderLazilyPageByPage() {
		UUID folder = createFolder("Paged");
		for (int i = 0; i < 7; i++) {
			this.dataTypes
				.createDataType(new CreateDataTypeRequest("Child " + i, TEXT_BOX, TEXT_BOX_UI, List.of(), null,
						new ReferenceById(folder)))
				.block();
		}
		this.umbraco.resetCounters();
		List<DataTypeTreeItemResponse> children = this.dataTypes.getTreeDataTypeChildrenAll(folder, null, 3)
			.collectList()
			.block();
		assertThat(children).extracting(DataTypeTreeItemResponse::name)
			.containsExactly("Child 0", "Child 1", "Child 2", "Child 3", "Child 4", "Child 5", "Child 6");
		assertThat(children).allSatisfy((child) -> {
			assertThat(child.parent()).isEqualTo(new ReferenceById(folder));
			assertThat(child.editorUiAlias()).isEqualTo(TEXT_BOX_UI);
		});
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/data-type/children")).isEqualTo(3);
		try (var stream = this.dataTypes.getTreeDataTypeChildrenStream(folder, null, 5)) {
			assertThat(stream.count()).isEqualTo(7);
		}
	}

	@Test
	void listsTheBuiltInDataTypesAtTheRootOfTheTree() {
		List<DataTypeTreeItemResponse> root = this.dataTypes.getTreeDataTypeRootAll(false, 7).collectList().block();
		assertThat(root).extracting(DataTypeTreeItemResponse::id)
			.doesNotHaveDuplicates()
			.contains(DataTypeIds.TEXTSTRING, DataTypeIds.LABEL_STRING, DataTypeIds.LIST_VIEW_CONTENT);
		try (var stream = this.dataTypes.getTreeDataTypeRootStream(true, 7)) {
			assertThat(stream).allSatisfy((item) -> assertThat(item.isFolder()).isTrue());
		}
	}

	@Test
	void createsRenamesAndDeletesAFolder() {
		UUID folder = createFolder("Folder");
		String renamed = "Renamed " + UUID.randomUUID();
		this.dataTypes.putDataTypeFolderById(folder, new UpdateFolderResponse(renamed)).block();
		assertThat(this.dataTypes.getDataTypeFolderById(folder).block())
			.isEqualTo(new FolderResponse(renamed, folder, false));
		this.dataTypes.deleteDataTypeFolderById(folder).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.dataTypes.getDataTypeFolderById(folder).block());
	}

	@Test
	void refusesToDeleteAFolderThatIsNotEmpty() {
		UUID folder = createFolder("Full");
		this.dataTypes
			.createDataType(new CreateDataTypeRequest("Inside", TEXT_BOX, TEXT_BOX_UI, List.of(), null,
					new ReferenceById(folder)))
			.block();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.dataTypes.deleteDataTypeFolderById(folder).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotEmpty"));
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		List<DataTypeItemResponse> items = this.dataTypes
			.getItemDataType(List.of(DataTypeIds.TEXTSTRING, DataTypeIds.TAGS, UUID.randomUUID()))
			.block();
		assertThat(items).extracting(DataTypeItemResponse::id, DataTypeItemResponse::editorAlias)
			.containsExactlyInAnyOrder(tuple(DataTypeIds.TEXTSTRING, TEXT_BOX),
					tuple(DataTypeIds.TAGS, "Umbraco.Tags"));
	}

	@Test
	void searchesItemsByNameAcrossPages() {
		String token = "Searchable " + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			this.umbraco.settings().addDataType(token + " " + i, TEXT_BOX, TEXT_BOX_UI);
		}
		this.umbraco.resetCounters();
		assertThat(this.dataTypes.getItemDataTypeSearchAll(token, 2).collectList().block())
			.extracting(DataTypeItemResponse::name)
			.containsExactly(token + " 0", token + " 1", token + " 2", token + " 3", token + " 4");
		assertThat(this.umbraco.apiRequests("GET", API + "/item/data-type/search")).isEqualTo(3);
	}

	@Test
	void filtersByNameAndEditorAlias() {
		String token = "Filtered " + UUID.randomUUID();
		UUID textBox = this.umbraco.settings().addDataType(token + " box", TEXT_BOX, TEXT_BOX_UI);
		this.umbraco.settings().addDataType(token + " area", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea");
		try (var stream = this.dataTypes.getFilterDataTypeStream(token, null, TEXT_BOX, 1)) {
			assertThat(stream.map(DataTypeItemResponse::id)).containsExactly(textBox);
		}
		assertThat(this.dataTypes.getFilterDataTypeAll(token, null, null, 1).collectList().block()).hasSize(2);
	}

	@Test
	void readsTheDataTypeConfiguration() {
		DatatypeConfigurationResponse configuration = this.dataTypes.getDataTypeConfiguration().block();
		assertThat(configuration.canBeChanged()).isEqualTo(DataTypeChangeMode.TRUE);
		assertThat(configuration.documentListViewId()).isEqualTo(DataTypeIds.LIST_VIEW_CONTENT);
		assertThat(configuration.mediaListViewId()).isEqualTo(DataTypeIds.LIST_VIEW_MEDIA);
	}

	private UUID createFolder(String prefix) {
		return this.dataTypes
			.createDataTypeFolder(new CreateFolderRequest(prefix + " " + UUID.randomUUID(), null, null))
			.block()
			.id();
	}

}
