package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Document Blueprint} operations: create (also from a document), read, update,
 * delete, the scaffold a new document starts from, items and the tree root.
 *
 * <p>
 * Blueprint folders are not modelled, so a blueprint always lives at the root and a
 * {@code parent} in a create body is a folder the fake does not know
 * ({@code 404 ParentNotFound}). As in Umbraco, two blueprints of one document type cannot
 * share a name ({@code 400 DuplicateName}).
 */
final class DocumentBlueprintResources implements ResourceGroup {

	private final DocumentStore store;

	private final Clock clock;

	DocumentBlueprintResources(DocumentStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/document-blueprint", this::create);
		router.get("/document-blueprint/{id:uuid}", this::byId);
		router.put("/document-blueprint/{id:uuid}", this::update);
		router.delete("/document-blueprint/{id:uuid}", this::delete);
		router.get("/document-blueprint/{id:uuid}/scaffold", this::scaffold);
		router.post("/document-blueprint/from-document", this::createFromDocument);
		router.get("/item/document-blueprint", this::items);
		router.get("/tree/document-blueprint/root", this::treeRoot);
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.createInput(request, false);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			UUID id = DocumentApi.newId(this.store, input.id());
			if (input.parentId() != null) {
				throw DocumentApi.parentNotFound(input.parentId());
			}
			DocumentStore.Blueprint blueprint = new DocumentStore.Blueprint(id, input.documentTypeId(), now);
			blueprint.values = input.values();
			DocumentApi.applyVariants(blueprint.variants, input.variants(), now);
			return add(request, blueprint);
		}
	}

	/**
	 * {@code CreateDocumentBlueprintFromDocumentRequestModel}: the document's values and
	 * variants, under a new name.
	 */
	private ApiResponse createFromDocument(ApiRequest request, Map<String, String> variables) {
		ObjectNode body = DocumentApi.body(request);
		UUID documentId = DocumentApi.reference(body, "document", true, false);
		UUID requestedId = DocumentApi.optionalUuid(body, "id", "$.id");
		String name = DocumentApi.requiredString(body, "name");
		UUID parentId = DocumentApi.reference(body, "parent", false, true);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Node document = DocumentApi.found(this.store.document(documentId),
					"The content could not be found", "No document has the id " + documentId + ".", "NotFound");
			UUID id = DocumentApi.newId(this.store, requestedId);
			if (parentId != null) {
				throw DocumentApi.parentNotFound(parentId);
			}
			DocumentStore.Blueprint blueprint = new DocumentStore.Blueprint(id, document.documentTypeId, now);
			blueprint.values = document.values;
			for (DocumentStore.Variant variant : document.variants) {
				blueprint.variants.add(new DocumentStore.Variant(variant.culture, variant.segment, name, now));
			}
			return add(request, blueprint);
		}
	}

	/**
	 * Stores a new blueprint whose name is free for its document type. Call with the
	 * store locked.
	 */
	private ApiResponse add(ApiRequest request, DocumentStore.Blueprint blueprint) {
		checkUniqueName(blueprint);
		this.store.addBlueprint(blueprint);
		return DocumentApi.created(request, "/document-blueprint/" + blueprint.id, blueprint.id,
				"Document blueprint saved");
	}

	private ApiResponse byId(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			DocumentStore.Blueprint blueprint = existing(variables);
			return ApiResponse.json(200, DocumentJson.blueprint(blueprint, blueprint.id));
		}
	}

	/**
	 * Umbraco scaffolds a new document from a copy with fresh identities, so each
	 * scaffold has a new id.
	 */
	private ApiResponse scaffold(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			return ApiResponse.json(200, DocumentJson.blueprint(existing(variables), UUID.randomUUID()));
		}
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.updateInput(request, false);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Blueprint blueprint = existing(variables);
			boolean varies = blueprint.variants.stream().anyMatch(variant -> variant.culture != null);
			if ((input.variants().get(0).culture() != null) != varies) {
				throw DocumentApi.cultureVarianceMismatch();
			}
			DocumentStore.Blueprint candidate = new DocumentStore.Blueprint(blueprint.id, blueprint.documentTypeId,
					blueprint.createDate);
			blueprint.variants.forEach(variant -> candidate.variants.add(variant.copy()));
			DocumentApi.applyVariants(candidate.variants, input.variants(), now);
			checkUniqueName(candidate);
			blueprint.values = input.values();
			blueprint.variants.clear();
			blueprint.variants.addAll(candidate.variants);
			return DocumentApi.ok("Document blueprint saved");
		}
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			this.store.removeBlueprint(existing(variables).id);
			return DocumentApi.ok("Document blueprint deleted");
		}
	}

	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = DocumentApi.queryUuids(request, "id");
		synchronized (this.store) {
			return Replies.items(ids, id -> Optional.ofNullable(this.store.blueprint(id)), DocumentJson::blueprintItem);
		}
	}

	/** {@code foldersOnly=true} is an empty page, since the fake has no folders. */
	private ApiResponse treeRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		boolean foldersOnly = DocumentApi.queryBoolean(request, "foldersOnly", false);
		synchronized (this.store) {
			List<DocumentStore.Blueprint> blueprints = foldersOnly ? List.of() : this.store.blueprints();
			return ApiResponse.json(200, paging.page(blueprints, DocumentJson::blueprintTreeItem));
		}
	}

	/**
	 * Umbraco refuses a second blueprint with the same name for the same document type.
	 */
	private void checkUniqueName(DocumentStore.Blueprint blueprint) {
		String name = blueprint.displayName();
		boolean taken = this.store.blueprints()
			.stream()
			.anyMatch(other -> !other.id.equals(blueprint.id) && other.documentTypeId.equals(blueprint.documentTypeId)
					&& other.displayName().equals(name));
		if (taken) {
			throw Replies.fail(400, "Duplicate name", "The supplied name is already in use for the same content type.",
					"DuplicateName");
		}
	}

	private DocumentStore.Blueprint existing(Map<String, String> variables) {
		UUID id = Router.id(variables);
		return DocumentApi.found(this.store.blueprint(id), "The requested document blueprint could not be found",
				"No document blueprint has the id " + id + ".", "NotFound");
	}

}
