package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Document Blueprint} operations: create (also from a document), read, update, delete, the scaffold a new
 * document starts from, items and the tree root.
 *
 * <p>Blueprint folders are not modelled, so a blueprint always lives at the root and a {@code parent} in a create body
 * is a folder the fake does not know ({@code 404 ParentNotFound}). As in Umbraco, two blueprints of one document type
 * cannot share a name ({@code 400 DuplicateName}).
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
		Router.Access auth = Router.Access.AUTHENTICATED;
		router.add("POST", "/document-blueprint", auth, this::create);
		router.get("/document-blueprint/{id:uuid}", this::byId);
		router.add("PUT", "/document-blueprint/{id:uuid}", auth, this::update);
		router.add("DELETE", "/document-blueprint/{id:uuid}", auth, this::delete);
		router.get("/document-blueprint/{id:uuid}/scaffold", this::scaffold);
		router.add("POST", "/document-blueprint/from-document", auth, this::createFromDocument);
		router.get("/item/document-blueprint", this::items);
		router.get("/tree/document-blueprint/root", this::treeRoot);
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		ObjectNode body = DocumentApi.body(request);
		UUID requestedId = DocumentApi.optionalUuid(body, "id", "$.id");
		UUID parentId = DocumentApi.reference(body, "parent", false, true);
		UUID documentTypeId = DocumentApi.reference(body, "documentType", true, false);
		List<DocumentStore.Value> values = DocumentApi.values(body);
		List<DocumentApi.VariantInput> variants = DocumentApi.variants(body);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			UUID id = (requestedId != null) ? requestedId : UUID.randomUUID();
			if (this.store.idInUse(id)) {
				throw DocumentApi.duplicateKey(id);
			}
			if (parentId != null) {
				throw DocumentApi.parentNotFound(parentId);
			}
			DocumentStore.Blueprint blueprint = new DocumentStore.Blueprint(id, documentTypeId, now);
			blueprint.values = values;
			DocumentApi.applyVariants(blueprint.variants, variants, now);
			checkUniqueName(blueprint);
			this.store.addBlueprint(blueprint);
			return DocumentApi.created(request, "/document-blueprint/" + id, id, "Document blueprint saved");
		}
	}

	/** {@code CreateDocumentBlueprintFromDocumentRequestModel}: the document's values and variants, under a new name. */
	private ApiResponse createFromDocument(ApiRequest request, Map<String, String> variables) {
		ObjectNode body = DocumentApi.body(request);
		UUID documentId = DocumentApi.reference(body, "document", true, false);
		UUID requestedId = DocumentApi.optionalUuid(body, "id", "$.id");
		String name = DocumentApi.requiredString(body, "name");
		UUID parentId = DocumentApi.reference(body, "parent", false, true);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Node document = this.store.document(documentId);
			if (document == null) {
				throw DocumentApi.problem(404, "The content could not be found",
						"No document has the id " + documentId + ".", "NotFound");
			}
			UUID id = (requestedId != null) ? requestedId : UUID.randomUUID();
			if (this.store.idInUse(id)) {
				throw DocumentApi.duplicateKey(id);
			}
			if (parentId != null) {
				throw DocumentApi.parentNotFound(parentId);
			}
			DocumentStore.Blueprint blueprint = new DocumentStore.Blueprint(id, document.documentTypeId, now);
			blueprint.values = document.values;
			for (DocumentStore.Variant variant : document.variants) {
				blueprint.variants.add(new DocumentStore.Variant(variant.culture, variant.segment, name, now));
			}
			checkUniqueName(blueprint);
			this.store.addBlueprint(blueprint);
			return DocumentApi.created(request, "/document-blueprint/" + id, id, "Document blueprint saved");
		}
	}

	private ApiResponse byId(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			DocumentStore.Blueprint blueprint = existing(variables);
			return ApiResponse.json(200, DocumentJson.blueprint(blueprint, blueprint.id));
		}
	}

	/** Umbraco scaffolds a new document from a copy with fresh identities, so each scaffold has a new id. */
	private ApiResponse scaffold(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			return ApiResponse.json(200, DocumentJson.blueprint(existing(variables), UUID.randomUUID()));
		}
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		ObjectNode body = DocumentApi.body(request);
		List<DocumentStore.Value> values = DocumentApi.values(body);
		List<DocumentApi.VariantInput> variants = DocumentApi.variants(body);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Blueprint blueprint = existing(variables);
			boolean varies = blueprint.variants.stream().anyMatch(variant -> variant.culture != null);
			if ((variants.get(0).culture() != null) != varies) {
				throw DocumentApi.cultureVarianceMismatch();
			}
			DocumentStore.Blueprint candidate = new DocumentStore.Blueprint(blueprint.id, blueprint.documentTypeId,
					blueprint.createDate);
			blueprint.variants.forEach(variant -> candidate.variants.add(variant.copy()));
			DocumentApi.applyVariants(candidate.variants, variants, now);
			checkUniqueName(candidate);
			blueprint.values = values;
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
			ArrayNode items = Json.object().arrayNode();
			for (UUID id : ids) {
				DocumentStore.Blueprint blueprint = this.store.blueprint(id);
				if (blueprint != null) {
					items.add(DocumentJson.blueprintItem(blueprint));
				}
			}
			return ApiResponse.json(200, items);
		}
	}

	/** {@code foldersOnly=true} is an empty page, since the fake has no folders. */
	private ApiResponse treeRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request, 100);
		boolean foldersOnly = DocumentApi.queryBoolean(request, "foldersOnly", false);
		synchronized (this.store) {
			List<DocumentStore.Blueprint> blueprints = foldersOnly ? List.of() : this.store.blueprints();
			return ApiResponse.json(200, paging.page(blueprints, DocumentJson::blueprintTreeItem));
		}
	}

	/** Umbraco refuses a second blueprint with the same name for the same document type. */
	private void checkUniqueName(DocumentStore.Blueprint blueprint) {
		String name = blueprint.displayName();
		boolean taken = this.store.blueprints()
			.stream()
			.anyMatch(other -> !other.id.equals(blueprint.id) && other.documentTypeId.equals(blueprint.documentTypeId)
					&& other.displayName().equals(name));
		if (taken) {
			throw DocumentApi.problem(400, "Duplicate name",
					"The supplied name is already in use for the same content type.", "DuplicateName");
		}
	}

	private DocumentStore.Blueprint existing(Map<String, String> variables) {
		UUID id = UUID.fromString(variables.get("id"));
		DocumentStore.Blueprint blueprint = this.store.blueprint(id);
		if (blueprint == null) {
			throw DocumentApi.problem(404, "The requested document blueprint could not be found",
					"No document blueprint has the id " + id + ".", "NotFound");
		}
		return blueprint;
	}
}
