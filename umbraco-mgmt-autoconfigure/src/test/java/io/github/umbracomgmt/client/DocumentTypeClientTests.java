package io.github.umbracomgmt.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.AllowedDocumentType;
import io.github.umbracomgmt.client.model.CreateDocumentTypePropertyTypeContainerRequest;
import io.github.umbracomgmt.client.model.CreateDocumentTypePropertyTypeRequest;
import io.github.umbracomgmt.client.model.CreateDocumentTypeRequest;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.DocumentTypeCleanup;
import io.github.umbracomgmt.client.model.DocumentTypeItemResponse;
import io.github.umbracomgmt.client.model.DocumentTypeResponse;
import io.github.umbracomgmt.client.model.DocumentTypeSort;
import io.github.umbracomgmt.client.model.DocumentTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.FolderResponse;
import io.github.umbracomgmt.client.model.MoveDocumentTypeRequest;
import io.github.umbracomgmt.client.model.PropertyTypeAppearance;
import io.github.umbracomgmt.client.model.PropertyTypeValidation;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UpdateDocumentTypePropertyTypeContainerRequest;
import io.github.umbracomgmt.client.model.UpdateDocumentTypePropertyTypeRequest;
import io.github.umbracomgmt.client.model.UpdateDocumentTypeRequest;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.DataTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class DocumentTypeClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoDocumentTypeClient documentTypes;

	@Autowired
	private UmbracoDataTypeClient dataTypes;

	@Test
	void createsReadsUpdatesAndDeletesADocumentTypeWithATextstringProperty() {
		String alias = uniqueAlias("article");
		UUID group = UUID.randomUUID();
		UUID titleProperty = UUID.randomUUID();
		Created created = this.documentTypes
			.createDocumentType(request(alias, "Article", null, null,
					List.of(property(titleProperty, group, "title", "Title", DataTypeIds.TEXTSTRING)),
					List.of(new CreateDocumentTypePropertyTypeContainerRequest(group, null, "Content", "Group", 0))))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/document-type/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.settings().documentTypeAlias(created.id())).contains(alias);

		DocumentTypeResponse read = this.documentTypes.getDocumentTypeById(created.id()).block();
		assertThat(read.id()).isEqualTo(created.id());
		assertThat(read.alias()).isEqualTo(alias);
		assertThat(read.name()).isEqualTo("Article");
		assertThat(read.icon()).isEqualTo("icon-document");
		assertThat(read.allowedAsRoot()).isTrue();
		assertThat(read.isElement()).isFalse();
		assertThat(read.containers()).singleElement().satisfies((container) -> {
			assertThat(container.id()).isEqualTo(group);
			assertThat(container.name()).isEqualTo("Content");
			assertThat(container.type()).isEqualTo("Group");
		});
		assertThat(read.properties()).singleElement().satisfies((property) -> {
			assertThat(property.id()).isEqualTo(titleProperty);
			assertThat(property.alias()).isEqualTo("title");
			assertThat(property.container()).isEqualTo(new ReferenceById(group));
			assertThat(property.dataType()).isEqualTo(new ReferenceById(DataTypeIds.TEXTSTRING));
			assertThat(property.validation().mandatory()).isFalse();
			assertThat(property.appearance().labelOnTop()).isFalse();
		});
		assertThat(read.cleanup().preventCleanup()).isFalse();

		UUID bodyProperty = UUID.randomUUID();
		var updated = this.documentTypes
			.putDocumentTypeById(created.id(), new UpdateDocumentTypeRequest(alias, "News article", "Dated news",
					"icon-newspaper", false, false, false, null, false,
					List.of(updateProperty(titleProperty, group, "title", "Headline", DataTypeIds.TEXTSTRING, true),
							updateProperty(bodyProperty, group, "body", "Body", DataTypeIds.TEXTAREA, false)),
					List.of(new UpdateDocumentTypePropertyTypeContainerRequest(group, null, "Content", "Group", 0)),
					List.of(), null, new DocumentTypeCleanup(true, 7, 30), List.of(), List.of(), null))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		DocumentTypeResponse changed = this.documentTypes.getDocumentTypeById(created.id()).block();
		assertThat(changed.name()).isEqualTo("News article");
		assertThat(changed.description()).isEqualTo("Dated news");
		assertThat(changed.icon()).isEqualTo("icon-newspaper");
		assertThat(changed.allowedAsRoot()).isFalse();
		assertThat(changed.properties()).extracting((property) -> property.alias(), (property) -> property.name())
			.containsExactly(tuple("title", "Headline"), tuple("body", "Body"));
		assertThat(changed.properties().get(0).validation().mandatory()).isTrue();
		assertThat(changed.properties().get(1).dataType().id()).isEqualTo(DataTypeIds.TEXTAREA);
		assertThat(changed.cleanup()).isEqualTo(new DocumentTypeCleanup(true, 7, 30));

		var deleted = this.documentTypes.deleteDocumentTypeById(created.id()).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.settings().documentTypeAlias(created.id())).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.documentTypes.getDocumentTypeById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().status()).isEqualTo(404);
			});
	}

	@Test
	void acceptsACallerChosenId() {
		UUID id = UUID.randomUUID();
		String alias = uniqueAlias("chosen");
		Created created = this.documentTypes
			.createDocumentType(request(alias, "Chosen", id, null, List.of(), List.of()))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.umbraco.settings().documentTypeAlias(id)).contains(alias);
	}

	@Test
	void refusesACallerChosenIdThatIsTakenWithAConflict() {
		UUID id = this.umbraco.settings().addDocumentType(uniqueAlias("taken"), "Taken");
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(() -> this.documentTypes
				.createDocumentType(request(uniqueAlias("other"), "Other", id, null, List.of(), List.of()))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateKey"));
	}

	@Test
	void reportsADuplicateAliasWithItsOperationStatus() {
		String alias = uniqueAlias("duplicate");
		this.umbraco.settings().addDocumentType(alias, "First");
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.documentTypes
				.createDocumentType(request(alias, "Second", null, null, List.of(), List.of()))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateAlias");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Duplicate alias");
				assertThat(ex.getProblemDetails().detail()).contains(alias);
			});
	}

	@Test
	void reportsAPropertyOnAnUnknownDataType() {
		UUID unknownDataType = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.documentTypes
				.createDocumentType(request(uniqueAlias("broken"), "Broken", null, null,
						List.of(property(UUID.randomUUID(), null, "title", "Title", unknownDataType)), List.of()))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DataTypeNotFound"));
	}

	@Test
	void reportsAMissingRequiredFieldWithTheValidationErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.documentTypes
				.createDocumentType(new CreateDocumentTypeRequest(uniqueAlias("noicon"), "No icon", null, null, true,
						false, false, null, false, List.of(), List.of(), null, null, List.of(), null,
						new DocumentTypeCleanup(false, null, null), List.of(), List.of(), null))
				.block())
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("$.icon"));
	}

	@Test
	void keepsTheDefaultTemplateAmongTheAllowedTemplates() {
		UUID template = this.umbraco.settings().addTemplate(uniqueAlias("layout"), "Layout");
		Created created = this.documentTypes
			.createDocumentType(new CreateDocumentTypeRequest(uniqueAlias("page"), "Page", null, "icon-document", true,
					false, false, null, false, List.of(), List.of(), null, null, List.of(), new ReferenceById(template),
					new DocumentTypeCleanup(false, null, null), List.of(), List.of(), null))
			.block();
		DocumentTypeResponse read = this.documentTypes.getDocumentTypeById(created.id()).block();
		assertThat(read.defaultTemplate()).isEqualTo(new ReferenceById(template));
		assertThat(read.allowedTemplates()).containsExactly(new ReferenceById(template));
	}

	@Test
	void listsTheAllowedChildrenInTheirSortOrder() {
		UUID first = this.umbraco.settings().addDocumentType(uniqueAlias("first"), "First child");
		UUID second = this.umbraco.settings().addDocumentType(uniqueAlias("second"), "Second child");
		Created parent = this.documentTypes.createDocumentType(new CreateDocumentTypeRequest(uniqueAlias("parent"),
				"Parent", null, "icon-folder", true, false, false, null, false, List.of(), List.of(), null, null,
				List.of(), null, new DocumentTypeCleanup(false, null, null),
				List.of(new DocumentTypeSort(new ReferenceById(second), 0),
						new DocumentTypeSort(new ReferenceById(first), 1)),
				List.of(), null))
			.block();
		List<AllowedDocumentType> children = this.documentTypes
			.getDocumentTypeByIdAllowedChildrenAll(parent.id(), null, 1)
			.collectList()
			.block();
		assertThat(children).extracting(AllowedDocumentType::id).containsExactly(second, first);
	}

	@Test
	void listsADocumentTypeAllowedAtTheRoot() {
		UUID id = this.umbraco.settings().addDocumentType(uniqueAlias("rootable"), "Rootable");
		try (var stream = this.documentTypes.getDocumentTypeAllowedAtRootStream(50)) {
			assertThat(stream.map(AllowedDocumentType::id)).contains(id);
		}
	}

	@Test
	void walksTheChildrenOfAFolderLazilyPageByPage() {
		UUID folder = this.documentTypes
			.createDocumentTypeFolder(new CreateFolderRequest("Folder " + UUID.randomUUID(), null, null))
			.block()
			.id();
		for (int i = 0; i < 7; i++) {
			this.documentTypes
				.createDocumentType(request(uniqueAlias("child"), "Child " + i, null, new ReferenceById(folder),
						List.of(), List.of()))
				.block();
		}
		this.umbraco.resetCounters();
		List<DocumentTypeTreeItemResponse> children = this.documentTypes.getTreeDocumentTypeChildrenAll(folder, null, 3)
			.collectList()
			.block();
		assertThat(children).hasSize(7).extracting(DocumentTypeTreeItemResponse::id).doesNotHaveDuplicates();
		assertThat(children).allSatisfy((child) -> {
			assertThat(child.parent()).isEqualTo(new ReferenceById(folder));
			assertThat(child.isFolder()).isFalse();
		});
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/document-type/children")).isEqualTo(3);
		try (var stream = this.documentTypes.getTreeDocumentTypeChildrenStream(folder, null, 5)) {
			assertThat(stream.count()).isEqualTo(7);
		}
	}

	@Test
	void showsFoldersAtTheRootOfTheTree() {
		String name = "Root folder " + UUID.randomUUID();
		UUID folder = this.documentTypes.createDocumentTypeFolder(new CreateFolderRequest(name, null, null))
			.block()
			.id();
		List<DocumentTypeTreeItemResponse> foldersOnly = this.documentTypes.getTreeDocumentTypeRootAll(true, 10)
			.collectList()
			.block();
		assertThat(foldersOnly).allSatisfy((item) -> assertThat(item.isFolder()).isTrue());
		assertThat(foldersOnly).filteredOn((item) -> item.id().equals(folder)).singleElement().satisfies((item) -> {
			assertThat(item.name()).isEqualTo(name);
			assertThat(item.icon()).isEqualTo("icon-folder");
			assertThat(item.parent()).isNull();
		});
	}

	@Test
	void readsTheAncestorsOfADocumentTypeInAFolder() {
		UUID outer = this.documentTypes
			.createDocumentTypeFolder(new CreateFolderRequest("Outer " + UUID.randomUUID(), null, null))
			.block()
			.id();
		UUID inner = this.documentTypes
			.createDocumentTypeFolder(new CreateFolderRequest("Inner", null, new ReferenceById(outer)))
			.block()
			.id();
		UUID type = this.documentTypes
			.createDocumentType(
					request(uniqueAlias("nested"), "Nested", null, new ReferenceById(inner), List.of(), List.of()))
			.block()
			.id();
		assertThat(this.documentTypes.getTreeDocumentTypeAncestors(type).block())
			.extracting(DocumentTypeTreeItemResponse::id)
			.containsExactly(outer, inner, type);
	}

	@Test
	void renamesAndDeletesAFolder() {
		UUID folder = this.documentTypes
			.createDocumentTypeFolder(new CreateFolderRequest("Old " + UUID.randomUUID(), null, null))
			.block()
			.id();
		String renamed = "Renamed " + UUID.randomUUID();
		this.documentTypes.putDocumentTypeFolderById(folder, new UpdateFolderResponse(renamed)).block();
		assertThat(this.documentTypes.getDocumentTypeFolderById(folder).block())
			.isEqualTo(new FolderResponse(renamed, folder, false));
		this.documentTypes.deleteDocumentTypeFolderById(folder).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.documentTypes.getDocumentTypeFolderById(folder).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotFound"));
	}

	@Test
	void refusesToDeleteAFolderThatIsNotEmpty() {
		UUID folder = this.documentTypes
			.createDocumentTypeFolder(new CreateFolderRequest("Full " + UUID.randomUUID(), null, null))
			.block()
			.id();
		this.documentTypes
			.createDocumentType(
					request(uniqueAlias("inside"), "Inside", null, new ReferenceById(folder), List.of(), List.of()))
			.block();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.documentTypes.deleteDocumentTypeFolderById(folder).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("NotEmpty"));
	}

	@Test
	void movesADocumentTypeIntoAFolder() {
		UUID type = this.umbraco.settings().addDocumentType(uniqueAlias("moving"), "Moving");
		UUID folder = this.documentTypes
			.createDocumentTypeFolder(new CreateFolderRequest("Target " + UUID.randomUUID(), null, null))
			.block()
			.id();
		var moved = this.documentTypes
			.putDocumentTypeByIdMove(type, new MoveDocumentTypeRequest(new ReferenceById(folder)))
			.block();
		assertThat(Created.notifications(moved)).isNotEmpty();
		assertThat(this.documentTypes.getTreeDocumentTypeChildrenAll(folder, null, 10).collectList().block())
			.extracting(DocumentTypeTreeItemResponse::id)
			.containsExactly(type);
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		UUID first = this.umbraco.settings().addDocumentType(uniqueAlias("itemone"), "Item one");
		UUID second = this.umbraco.settings().addDocumentType(uniqueAlias("itemtwo"), "Item two");
		List<DocumentTypeItemResponse> items = this.documentTypes
			.getItemDocumentType(List.of(first, second, UUID.randomUUID()))
			.block();
		assertThat(items).extracting(DocumentTypeItemResponse::id).containsExactlyInAnyOrder(first, second);
		assertThat(items).allSatisfy((item) -> {
			assertThat(item.isElement()).isFalse();
			assertThat(item.icon()).isEqualTo("icon-document");
		});
	}

	@Test
	void searchesItemsByAliasAcrossPages() {
		String token = "srch" + UUID.randomUUID().toString().replace("-", "");
		for (int i = 0; i < 5; i++) {
			this.umbraco.settings().addDocumentType(token + i, "Searchable " + i);
		}
		this.umbraco.resetCounters();
		List<DocumentTypeItemResponse> found = this.documentTypes.getItemDocumentTypeSearchAll(token, false, 2)
			.collectList()
			.block();
		assertThat(found).extracting(DocumentTypeItemResponse::name)
			.containsExactly("Searchable 0", "Searchable 1", "Searchable 2", "Searchable 3", "Searchable 4");
		assertThat(this.umbraco.apiRequests("GET", API + "/item/document-type/search")).isEqualTo(3);
		assertThat(this.documentTypes.getItemDocumentTypeSearchPage(token, true, 0, 10).block().total()).isZero();
	}

	@Test
	void dropsThePropertiesOfADocumentTypeWhoseDataTypeIsDeleted() {
		UUID dataType = this.umbraco.settings()
			.addDataType("Doomed " + UUID.randomUUID(), "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox");
		UUID type = this.umbraco.settings()
			.addDocumentType(uniqueAlias("dependent"), "Dependent", Map.of("doomed", dataType));
		assertThat(this.documentTypes.getDocumentTypeById(type).block().properties()).hasSize(1);
		this.dataTypes.deleteDataTypeById(dataType).block();
		assertThat(this.documentTypes.getDocumentTypeById(type).block().properties()).isEmpty();
	}

	private static String uniqueAlias(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "");
	}

	private static CreateDocumentTypeRequest request(String alias, String name, UUID id, ReferenceById parent,
			List<CreateDocumentTypePropertyTypeRequest> properties,
			List<CreateDocumentTypePropertyTypeContainerRequest> containers) {
		return new CreateDocumentTypeRequest(alias, name, null, "icon-document", true, false, false, null, false,
				properties, containers, id, parent, List.of(), null, new DocumentTypeCleanup(false, null, null),
				List.of(), List.of(), null);
	}

	private static CreateDocumentTypePropertyTypeRequest property(UUID id, UUID container, String alias, String name,
			UUID dataType) {
		return new CreateDocumentTypePropertyTypeRequest(id, (container != null) ? new ReferenceById(container) : null,
				0, alias, name, null, new ReferenceById(dataType), false, false,
				new PropertyTypeValidation(false, null, null, null), new PropertyTypeAppearance(false));
	}

	private static UpdateDocumentTypePropertyTypeRequest updateProperty(UUID id, UUID container, String alias,
			String name, UUID dataType, boolean mandatory) {
		return new UpdateDocumentTypePropertyTypeRequest(id, new ReferenceById(container), 0, alias, name, null,
				new ReferenceById(dataType), false, false, new PropertyTypeValidation(mandatory, null, null, null),
				new PropertyTypeAppearance(false));
	}

}
