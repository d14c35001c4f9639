package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Document} operations: create, read, update, delete, publish and unpublish
 * per culture, move, the document tree, items and the recycle bin.
 *
 * <p>
 * Every save records a version (see {@link DocumentVersionResources}), and publishing
 * marks the current one as published, so the version list tells the document's history.
 * Publishing follows Umbraco's rules for cultures: an invariant document publishes
 * culture {@code null} (or {@code "*"}), a document with cultures publishes named
 * cultures it has; a document under an unpublished parent cannot be published.
 */
final class DocumentResources implements ResourceGroup {

	private final DocumentStore store;

	private final Clock clock;

	private final Supplier<UUID> currentUserId;

	DocumentResources(DocumentStore store, Clock clock, Supplier<UUID> currentUserId) {
		this.store = store;
		this.clock = clock;
		this.currentUserId = currentUserId;
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/document", this::create);
		router.get("/document/{id:uuid}", this::byId);
		router.put("/document/{id:uuid}", this::update);
		router.delete("/document/{id:uuid}", this::delete);
		router.get("/document/{id:uuid}/published", this::published);
		router.put("/document/{id:uuid}/publish", this::publish);
		router.put("/document/{id:uuid}/unpublish", this::unpublish);
		router.put("/document/{id:uuid}/move", this::move);
		router.put("/document/{id:uuid}/move-to-recycle-bin", this::moveToRecycleBin);
		router.get("/tree/document/root", this::treeRoot);
		router.get("/tree/document/children", this::treeChildren);
		router.get("/tree/document/ancestors", this::treeAncestors);
		router.get("/item/document", this::items);
		router.get("/document/urls", this::urls);
		router.get("/recycle-bin/document/root", this::recycleBinRoot);
		router.get("/recycle-bin/document/children", this::recycleBinChildren);
		router.delete("/recycle-bin/document", this::emptyRecycleBin);
		router.delete("/recycle-bin/document/{id:uuid}", this::deleteFromRecycleBin);
		router.put("/recycle-bin/document/{id:uuid}/restore", this::restore);
		// Umbraco 18
		router.post("/document/create-and-publish", this::createAndPublish);
		router.put("/document/{id:uuid}/update-and-publish", this::updateAndPublish);
		router.add("PATCH", "/document/{id:uuid}/patch", Router.Access.AUTHENTICATED, this::patch);
		router.put("/document/{id:uuid}/sort-children",
				(request, variables) -> sortChildren(request, existing(variables).id));
		router.put("/document/root/sort-children", (request, variables) -> sortChildren(request, null));
	}

	// create, read, update, delete

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.createInput(request, true);
		synchronized (this.store) {
			UUID id = create(input, this.clock.instant()).id;
			return DocumentApi.created(request, "/document/" + id, id, "Document saved");
		}
	}

	/**
	 * {@code CreateAndPublishDocumentRequestModel}: the create model plus
	 * {@code culturesToPublish}. Nothing is created when the document could not be
	 * published.
	 */
	private ApiResponse createAndPublish(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.createInput(request, true);
		Publishing.Request publishing = Publishing
			.immediate(DocumentApi.requiredStrings(DocumentApi.body(request), "culturesToPublish"));
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Node document = create(input, now);
			try {
				publish(document, publishing, now);
			}
			catch (ResponseException ex) {
				this.store.remove(document);
				throw ex;
			}
			return DocumentApi.created(request, "/document/" + document.id, document.id, "Document published");
		}
	}

	/** Creates a document with its first version. Call with the store locked. */
	private DocumentStore.Node create(DocumentApi.ContentInput input, Instant now) {
		UUID id = DocumentApi.newId(this.store, input.id());
		if (input.parentId() != null) {
			DocumentStore.Node parent = this.store.document(input.parentId());
			if (parent == null) {
				throw DocumentApi.parentNotFound(input.parentId());
			}
			if (parent.trashed) {
				throw Replies.inTrash();
			}
		}
		DocumentStore.Node document = new DocumentStore.Node(id, input.documentTypeId(), now);
		document.parentId = input.parentId();
		document.templateId = input.templateId();
		document.values = input.values();
		DocumentApi.applyVariants(document.variants, input.variants(), now);
		this.store.add(document);
		this.store.addVersion(document, this.currentUserId.get(), now);
		return document;
	}

	private ApiResponse byId(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			return ApiResponse.json(200, DocumentJson.document(this.store, document, false));
		}
	}

	private ApiResponse published(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			if (!document.isPublished() || document.trashed) {
				throw Replies.fail(404, "The requested Document could not be found",
						"The document " + document.id + " is not published.", "NotFound");
			}
			return ApiResponse.json(200, DocumentJson.document(this.store, document, true));
		}
	}

	private ApiResponse update(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.updateInput(request, true);
		synchronized (this.store) {
			update(existing(variables), input, this.clock.instant());
			return DocumentApi.ok("Document saved");
		}
	}

	/**
	 * {@code UpdateAndPublishDocumentRequestModel}: saves as an update does, then
	 * publishes {@code culturesToPublish}; when publishing is refused the save stands, as
	 * Umbraco's save-then-publish does.
	 */
	private ApiResponse updateAndPublish(ApiRequest request, Map<String, String> variables) {
		DocumentApi.ContentInput input = DocumentApi.updateInput(request, true);
		Publishing.Request publishing = Publishing
			.immediate(DocumentApi.requiredStrings(DocumentApi.body(request), "culturesToPublish"));
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			update(document, input, now);
			return DocumentApi.ok(publish(document, publishing, now));
		}
	}

	/**
	 * {@code PatchDocumentRequestModel}: the operations change the document's template,
	 * values and variant names (see {@link DocumentPatch}); the result is saved as an
	 * update would save it, as a new version.
	 */
	private ApiResponse patch(ApiRequest request, Map<String, String> variables) {
		List<DocumentPatch.Operation> operations = DocumentPatch.read(request);
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			if (document.trashed) {
				throw Replies.inTrash();
			}
			ObjectNode patched = DocumentPatch.apply(DocumentJson.editable(document), operations);
			UUID templateId = DocumentApi.reference(patched, "template", false, true);
			DocumentApi.ContentInput input = new DocumentApi.ContentInput(null, null, null, templateId,
					DocumentApi.values(patched), DocumentApi.variants(patched));
			update(document, input, this.clock.instant());
			return DocumentApi.ok("Document saved");
		}
	}

	/** Applies an update model and records a version. Call with the store locked. */
	private void update(DocumentStore.Node document, DocumentApi.ContentInput input, Instant now) {
		boolean requestVaries = input.variants().get(0).culture() != null;
		if (requestVaries != document.variesByCulture()) {
			throw DocumentApi.cultureVarianceMismatch();
		}
		document.values = input.values();
		document.templateId = input.templateId();
		DocumentApi.applyVariants(document.variants, input.variants(), now);
		this.store.addVersion(document, this.currentUserId.get(), now);
	}

	/**
	 * {@code SortDocumentChildrenByFieldRequestModel}: orders a level by {@code Name} (in
	 * {@code culture} when the child has it, else its invariant name), {@code CreateDate}
	 * or {@code UpdateDate}, {@code Ascending} or {@code Descending}; trees list the
	 * level in that order from then on.
	 */
	private ApiResponse sortChildren(ApiRequest request, UUID parentId) {
		ObjectNode body = DocumentApi.body(request);
		String field = DocumentApi.requiredEnum(body, "field", List.of("Name", "CreateDate", "UpdateDate"));
		String direction = DocumentApi.requiredEnum(body, "direction", List.of("Ascending", "Descending"));
		String culture = DocumentApi.optionalString(body, "culture", "$.culture");
		Comparator<DocumentStore.Node> order = switch (field) {
			case "Name" ->
				Comparator.comparing((DocumentStore.Node node) -> nameIn(node, culture), String.CASE_INSENSITIVE_ORDER);
			case "CreateDate" -> Comparator.comparing((DocumentStore.Node node) -> node.createDate);
			default -> Comparator.comparing((DocumentStore.Node node) -> node.variants.stream()
				.map(variant -> variant.updateDate)
				.max(Comparator.naturalOrder())
				.orElse(node.createDate));
		};
		synchronized (this.store) {
			List<DocumentStore.Node> children = new ArrayList<>(this.store.children(parentId, false));
			children.sort(direction.equals("Ascending") ? order : order.reversed());
			this.store.reorder(children);
			return DocumentApi.ok("Documents sorted");
		}
	}

	private static String nameIn(DocumentStore.Node document, String culture) {
		DocumentStore.Variant variant = (culture != null) ? document.variant(culture, null) : null;
		return (variant != null) ? variant.name : document.displayName();
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			this.store.remove(existing(variables));
			return DocumentApi.ok("Document deleted");
		}
	}

	// publishing

	/** {@code PublishDocumentRequestModel}: see {@link Publishing#read}. */
	private ApiResponse publish(ApiRequest request, Map<String, String> variables) {
		Publishing.Request publishing = Publishing.read(request);
		Instant now = this.clock.instant();
		synchronized (this.store) {
			return DocumentApi.ok(publish(existingForPublishing(variables), publishing, now));
		}
	}

	/**
	 * Publishes a document as Umbraco's rules allow: cultures it has, outside the recycle
	 * bin, below a published parent. Call with the store locked.
	 * @return the success notification
	 */
	private String publish(DocumentStore.Node document, Publishing.Request publishing, Instant now) {
		if (!publishing.isEmpty()) {
			Publishing.checkCultures(document, publishing.cultures(), "document");
			if (document.trashed) {
				throw Replies.fail(400, "Content is in the recycle bin",
						"Could not publish the document because it is in the recycle bin.", "InTrash");
			}
			if (!publishing.immediate().isEmpty() && document.parentId != null
					&& !this.store.document(document.parentId).isPublished()) {
				throw Replies.fail(400, "Path not published",
						"The document could not be published because its parent is not published.", "PathNotPublished");
			}
		}
		return Publishing.apply(document, publishing, now, "Document");
	}

	/**
	 * {@code UnpublishDocumentRequestModel}: no cultures unpublishes an invariant
	 * document, {@code "*"} all cultures.
	 */
	private ApiResponse unpublish(ApiRequest request, Map<String, String> variables) {
		List<String> cultures = Publishing.readUnpublish(request);
		synchronized (this.store) {
			Publishing.unpublish(existingForPublishing(variables), cultures, "document");
			return DocumentApi.ok("Document unpublished");
		}
	}

	// moving

	/**
	 * {@code MoveDocumentRequestModel}: a {@code null} target moves the document to the
	 * root.
	 */
	private ApiResponse move(ApiRequest request, Map<String, String> variables) {
		ObjectNode body = DocumentApi.body(request);
		UUID targetId = DocumentApi.reference(body, "target", false, true);
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			if (document.trashed) {
				throw Replies.inTrash();
			}
			checkTarget(document, targetId);
			document.parentId = targetId;
			return DocumentApi.ok("Document moved");
		}
	}

	/** Trashes the document and its descendants, unpublishing them, as Umbraco does. */
	private ApiResponse moveToRecycleBin(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			if (document.trashed) {
				throw Replies.inTrash();
			}
			document.originalParentId = document.parentId;
			document.parentId = null;
			List<DocumentStore.Node> branch = new ArrayList<>(this.store.descendants(document));
			branch.add(document);
			for (DocumentStore.Node node : branch) {
				node.trashed = true;
				Publishing.unpublishAll(node);
			}
			return DocumentApi.ok("Document moved to the recycle bin");
		}
	}

	/**
	 * The target must exist outside the recycle bin and must not be the document itself
	 * or below it.
	 */
	private void checkTarget(DocumentStore.Node document, UUID targetId) {
		if (targetId == null) {
			return;
		}
		DocumentStore.Node target = this.store.document(targetId);
		if (target == null) {
			throw DocumentApi.parentNotFound(targetId);
		}
		if (target.trashed) {
			throw Replies.inTrash();
		}
		if (target == document || this.store.descendants(document).contains(target)) {
			throw Replies.parentInvalid();
		}
	}

	// tree and items

	private ApiResponse treeRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		synchronized (this.store) {
			return ApiResponse.json(200,
					paging.page(this.store.children(null, false), node -> DocumentJson.treeItem(this.store, node)));
		}
	}

	/**
	 * An unknown or missing {@code parentId} is an empty page, as Umbraco's tree answers.
	 */
	private ApiResponse treeChildren(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		UUID parentId = DocumentApi.queryUuid(request, "parentId", false);
		synchronized (this.store) {
			List<DocumentStore.Node> children = (parentId == null) ? List.of() : this.store.children(parentId, false);
			return ApiResponse.json(200, paging.page(children, node -> DocumentJson.treeItem(this.store, node)));
		}
	}

	/**
	 * The ancestors root first, ending with the document itself; an unknown id is an
	 * empty array.
	 */
	private ApiResponse treeAncestors(ApiRequest request, Map<String, String> variables) {
		UUID descendantId = DocumentApi.queryUuid(request, "descendantId", false);
		synchronized (this.store) {
			ArrayNode items = Json.array();
			DocumentStore.Node document = (descendantId != null) ? this.store.document(descendantId) : null;
			if (document != null) {
				this.store.ancestors(document).forEach(node -> items.add(DocumentJson.treeItem(this.store, node)));
				items.add(DocumentJson.treeItem(this.store, document));
			}
			return ApiResponse.json(200, items);
		}
	}

	/**
	 * Items for the ids asked for, in that order; unknown ids are left out, as Umbraco
	 * does.
	 */
	private ApiResponse items(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = DocumentApi.queryUuids(request, "id");
		synchronized (this.store) {
			return Replies.items(ids, id -> Optional.ofNullable(this.store.document(id)),
					document -> DocumentJson.item(this.store, document));
		}
	}

	/**
	 * {@code DocumentUrlInfoResponseModel} per id asked for, in that order; unknown ids
	 * are left out.
	 */
	private ApiResponse urls(ApiRequest request, Map<String, String> variables) {
		List<UUID> ids = DocumentApi.queryUuids(request, "id");
		synchronized (this.store) {
			return Replies.items(ids, id -> Optional.ofNullable(this.store.document(id)),
					document -> DocumentJson.urls(this.store, document));
		}
	}

	// recycle bin

	private ApiResponse recycleBinRoot(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		synchronized (this.store) {
			return ApiResponse.json(200,
					paging.page(this.store.trashedTopLevel(), node -> DocumentJson.recycleBinItem(this.store, node)));
		}
	}

	private ApiResponse recycleBinChildren(ApiRequest request, Map<String, String> variables) {
		Paging paging = Paging.from(request);
		UUID parentId = DocumentApi.queryUuid(request, "parentId", false);
		synchronized (this.store) {
			List<DocumentStore.Node> children = (parentId == null) ? List.of() : this.store.children(parentId, true);
			return ApiResponse.json(200, paging.page(children, node -> DocumentJson.recycleBinItem(this.store, node)));
		}
	}

	private ApiResponse emptyRecycleBin(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			this.store.trashedTopLevel().forEach(this.store::remove);
			return DocumentApi.ok("Recycle bin emptied");
		}
	}

	private ApiResponse deleteFromRecycleBin(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			if (!document.trashed) {
				throw Replies.notInTrash();
			}
			this.store.remove(document);
			return DocumentApi.ok("Document deleted");
		}
	}

	/**
	 * {@code MoveMediaRequestModel} (Umbraco reuses it here): a {@code null} target
	 * restores to the root.
	 */
	private ApiResponse restore(ApiRequest request, Map<String, String> variables) {
		ObjectNode body = DocumentApi.body(request);
		UUID targetId = DocumentApi.reference(body, "target", false, true);
		synchronized (this.store) {
			DocumentStore.Node document = existing(variables);
			if (!document.trashed) {
				throw Replies.notInTrash();
			}
			checkTarget(document, targetId);
			document.parentId = targetId;
			document.originalParentId = null;
			document.trashed = false;
			this.store.descendants(document).forEach(node -> node.trashed = false);
			return DocumentApi.ok("Document restored");
		}
	}

	// problems

	private DocumentStore.Node existing(Map<String, String> variables) {
		UUID id = Router.id(variables);
		return DocumentApi.found(this.store.document(id), "The requested Document could not be found",
				"No document has the id " + id + ".", "NotFound");
	}

	/**
	 * Publishing reports a missing document with its own operation status,
	 * {@code ContentNotFound}.
	 */
	private DocumentStore.Node existingForPublishing(Map<String, String> variables) {
		UUID id = Router.id(variables);
		return DocumentApi.found(this.store.document(id), "The requested document could not be found",
				"No document has the id " + id + ".", "ContentNotFound");
	}

}
