package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The {@code Document Version} operations: a document's versions (every save records one,
 * newest first), one version, keeping a version from cleanup, and rolling a document back
 * to a version.
 */
final class DocumentVersionResources implements ResourceGroup {

	private final DocumentStore store;

	private final Clock clock;

	private final Supplier<UUID> currentUserId;

	/**
	 * {@code document} or {@code element}: names the path, the {@code <kind>Id} query and
	 * the owner field.
	 */
	private final String kind;

	/** The kind as notifications and problems name it, e.g. {@code Document}. */
	private final String noun;

	DocumentVersionResources(DocumentStore store, Clock clock, Supplier<UUID> currentUserId) {
		this("document", store, clock, currentUserId);
	}

	/**
	 * The version operations of documents ({@code Document Version}) or, over the element
	 * library's store, of elements ({@code Element Version}), which Umbraco 18 shapes
	 * alike.
	 */
	DocumentVersionResources(String kind, DocumentStore store, Clock clock, Supplier<UUID> currentUserId) {
		this.kind = kind;
		this.noun = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
		this.store = store;
		this.clock = clock;
		this.currentUserId = currentUserId;
	}

	@Override
	public void registerRoutes(Router router) {
		String base = "/" + this.kind + "-version";
		router.get(base, this::list);
		router.get(base + "/{id:uuid}", this::byId);
		router.put(base + "/{id:uuid}/prevent-cleanup", this::preventCleanup);
		router.post(base + "/{id:uuid}/rollback", this::rollback);
	}

	/**
	 * {@code documentId} (or {@code elementId}) is required; {@code culture} keeps the
	 * versions with that culture.
	 */
	private ApiResponse list(ApiRequest request, Map<String, String> variables) {
		UUID documentId = DocumentApi.queryUuid(request, this.kind + "Id", true);
		String culture = QueryParams.string(request, "culture");
		Paging paging = Paging.from(request);
		synchronized (this.store) {
			DocumentStore.Node document = DocumentApi.found(this.store.document(documentId),
					"The requested " + this.kind + " could not be found",
					"No " + this.kind + " has the id " + documentId + ".", "ContentNotFound");
			List<DocumentStore.Version> versions = this.store.versions(documentId)
				.stream()
				.filter(version -> culture == null || version.variants.stream()
					.anyMatch(variant -> DocumentStore.sameCulture(variant.culture, culture)))
				.toList();
			return ApiResponse.json(200,
					paging.page(versions, version -> DocumentJson.versionItem(version, document, this.kind)));
		}
	}

	private ApiResponse byId(ApiRequest request, Map<String, String> variables) {
		synchronized (this.store) {
			return ApiResponse.json(200, DocumentJson.version(existing(variables), this.kind));
		}
	}

	/**
	 * {@code preventCleanup} defaults to {@code false}, as ASP.NET binds a missing
	 * non-nullable boolean.
	 */
	private ApiResponse preventCleanup(ApiRequest request, Map<String, String> variables) {
		boolean preventCleanup = DocumentApi.queryBoolean(request, "preventCleanup", false);
		synchronized (this.store) {
			existing(variables).preventCleanup = preventCleanup;
			return ApiResponse.empty(200);
		}
	}

	/**
	 * Copies the version's values and names into the document and saves it as a new
	 * version. With {@code culture}, only that culture's values and name roll back, as in
	 * Umbraco's rollback dialog.
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
			return DocumentApi.ok(this.noun + " rolled back");
		}
	}

	private DocumentStore.Version existing(Map<String, String> variables) {
		UUID id = Router.id(variables);
		return DocumentApi.found(this.store.version(id), "The requested version could not be found",
				"No " + this.kind + " version has the id " + id + ".", "NotFound");
	}

}
