package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@code Document Version} operations: a document's versions (every save records one, newest first), one version,
 * keeping a version from cleanup, and rolling a document back to a version.
 */
final class DocumentVersionResources implements ResourceGroup {

	private final DocumentStore store;

	private final Clock clock;

	private final Supplier<UUID> currentUserId;

	DocumentVersionResources(DocumentStore store, Clock clock, Supplier<UUID> currentUserId) {
		this.store = store;
		this.clock = clock;
		this.currentUserId = currentUserId;
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/document-version", this::list);
		router.get("/document-version/{id:uuid}", this::byId);
		router.put("/document-version/{id:uuid}/prevent-cleanup", this::preventCleanup);
		router.post("/document-version/{id:uuid}/rollback", this::rollback);
	}

	/** {@code documentId} is required; {@code culture} keeps the versions that have a variant in that culture. */
	private ApiResponse list(ApiRequest request, Map<String, String> variables) {
		UUID documentId = DocumentApi.queryUuid(request, "documentId", true);
		String culture = QueryParams.string(request, "culture");
		Paging paging = Paging.from(request);
		synchronized (this.store) {
			DocumentStore.Node document = DocumentApi.found(this.store.document(documentId),
					"The requested document could not be found", "No document has the id " + documentId + ".",
					"ContentNotFound");
			List<DocumentStore.Version> versions = this.store.versions(documentId)
				.stream()
				.filter(version -> culture == null || version.variants.stream()
					.anyMatch(variant -> DocumentStore.sameCulture(variant.culture, culture)))
				.toList();
			return ApiResponse.json(200, paging.page(versions, version -> DocumentJson.versionItem(version, document)));
		}
	}

	private ApiResponse byId(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			return ApiResponse.json(200, DocumentJson.version(existing(variables)));
		}
	}

	/** {@code preventCleanup} defaults to {@code false}, as ASP.NET binds a missing non-nullable boolean. */
	private ApiResponse preventCleanup(ApiRequest request, Map<String, String> variables) {
		boolean preventCleanup = DocumentApi.queryBoolean(request, "preventCleanup", false);
		synchronized (this.store) {
			existing(variables).preventCleanup = preventCleanup;
			return ApiResponse.empty(200);
		}
	}

	/**
	 * Copies the version's values and names into the document and saves it as a new version. With {@code culture},
	 * only that culture's values and name roll back, as in Umbraco's rollback dialog.
	 */
	private ApiResponse rollback(ApiRequest request, Map<String, String> variables) {
		String culture = QueryParams.string(request, "culture");
		Instant now = this.clock.instant();
		synchronized (this.store) {
			DocumentStore.Version version = existing(variables);
			DocumentStore.Node document = this.store.document(version.documentId);
			if (culture == null) {
				document.values = version.values;
			}
			else {
				List<DocumentStore.Value> values = new ArrayList<>();
				document.values.stream()
					.filter(value -> !DocumentStore.sameCulture(value.culture(), culture))
					.forEach(values::add);
				version.values.stream()
					.filter(value -> DocumentStore.sameCulture(value.culture(), culture))
					.forEach(values::add);
				document.values = List.copyOf(values);
			}
			for (DocumentStore.Variant old : version.variants) {
				if (culture != null && !DocumentStore.sameCulture(old.culture, culture)) {
					continue;
				}
				DocumentStore.Variant current = document.variant(old.culture, old.segment);
				if (current != null) {
					current.name = old.name;
					current.updateDate = now;
					current.edited = current.published;
				}
			}
			this.store.addVersion(document, this.currentUserId.get(), now);
			return DocumentApi.ok("Document rolled back");
		}
	}

	private DocumentStore.Version existing(Map<String, String> variables) {
		UUID id = Router.id(variables);
		return DocumentApi.found(this.store.version(id), "The requested version could not be found",
				"No document version has the id " + id + ".", "NotFound");
	}
}
