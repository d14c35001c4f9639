package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

import io.github.umbracomgmt.client.model.AllowedDocumentType;
import io.github.umbracomgmt.client.model.AvailableDocumentTypeCompositionResponse;
import io.github.umbracomgmt.client.model.CopyDocumentTypeRequest;
import io.github.umbracomgmt.client.model.CreateDocumentTypeRequest;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.DocumentTypeBlueprintItemResponse;
import io.github.umbracomgmt.client.model.DocumentTypeCompositionRequest;
import io.github.umbracomgmt.client.model.DocumentTypeCompositionResponse;
import io.github.umbracomgmt.client.model.DocumentTypeConfigurationResponse;
import io.github.umbracomgmt.client.model.DocumentTypeItemResponse;
import io.github.umbracomgmt.client.model.DocumentTypeResponse;
import io.github.umbracomgmt.client.model.DocumentTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.FolderResponse;
import io.github.umbracomgmt.client.model.ImportDocumentTypeRequest;
import io.github.umbracomgmt.client.model.MoveDocumentTypeRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateDocumentTypeRequest;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;

/**
 * The {@code Document Type} operations of the Umbraco Management API (24 operations), as the OpenAPI
 * document defines them: paths, methods, parameters and field names. Every call is authenticated with the
 * application's shared access token; errors arrive as {@link io.github.umbracomgmt.error.UmbracoException}s.
 *
 * <p>Methods are named after the document's operation ids. Operations that answer with status and headers only
 * return the {@link org.springframework.http.ResponseEntity}: read {@code Umb-Notifications} with
 * {@link Created#notifications(org.springframework.http.ResponseEntity)}.
 *
 * @author umbraco-mgmt
 */
@HttpExchange(accept = "application/json")
public interface UmbracoDocumentTypeClient {

	/**
	 * {@code POST /umbraco/management/api/v1/document-type} ({@code PostDocumentType}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-type")
	Mono<ResponseEntity<Void>> postDocumentType(@RequestBody CreateDocumentTypeRequest body);

	/**
	 * Like {@link #postDocumentType}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDocumentType}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentType(CreateDocumentTypeRequest body) {
		return postDocumentType(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/{id}} ({@code GetDocumentTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/{id}")
	Mono<DocumentTypeResponse> getDocumentTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/document-type/{id}} ({@code DeleteDocumentTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/document-type/{id}")
	Mono<ResponseEntity<Void>> deleteDocumentTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-type/{id}} ({@code PutDocumentTypeById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-type/{id}")
	Mono<ResponseEntity<Void>> putDocumentTypeById(@PathVariable("id") UUID id,
			@RequestBody UpdateDocumentTypeRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/{id}/allowed-children} ({@code GetDocumentTypeByIdAllowedChildren}).
	 * @param id the {@code id} path parameter
	 * @param parentContentKey the {@code parentContentKey} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/{id}/allowed-children")
	Mono<Page<AllowedDocumentType>> getDocumentTypeByIdAllowedChildren(@PathVariable("id") UUID id,
			@RequestParam(name = "parentContentKey", required = false) UUID parentContentKey,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentTypeByIdAllowedChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getDocumentTypeByIdAllowedChildren}
	 * @param parentContentKey see {@link #getDocumentTypeByIdAllowedChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<AllowedDocumentType> getDocumentTypeByIdAllowedChildrenAll(UUID id, UUID parentContentKey, int pageSize) {
		return Paging.flux((skip, take) -> getDocumentTypeByIdAllowedChildren(id, parentContentKey, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentTypeByIdAllowedChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getDocumentTypeByIdAllowedChildren}
	 * @param parentContentKey see {@link #getDocumentTypeByIdAllowedChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<AllowedDocumentType> getDocumentTypeByIdAllowedChildrenStream(UUID id, UUID parentContentKey, int pageSize) {
		return getDocumentTypeByIdAllowedChildrenAll(id, parentContentKey, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/{id}/blueprint} ({@code GetDocumentTypeByIdBlueprint}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/{id}/blueprint")
	Mono<Page<DocumentTypeBlueprintItemResponse>> getDocumentTypeByIdBlueprint(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentTypeByIdBlueprint}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getDocumentTypeByIdBlueprint}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentTypeBlueprintItemResponse> getDocumentTypeByIdBlueprintAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getDocumentTypeByIdBlueprint(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentTypeByIdBlueprint} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getDocumentTypeByIdBlueprint}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentTypeBlueprintItemResponse> getDocumentTypeByIdBlueprintStream(UUID id, int pageSize) {
		return getDocumentTypeByIdBlueprintAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/{id}/composition-references} ({@code GetDocumentTypeByIdCompositionReferences}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/{id}/composition-references")
	Mono<List<DocumentTypeCompositionResponse>> getDocumentTypeByIdCompositionReferences(@PathVariable("id") UUID id);

	/**
	 * {@code POST /umbraco/management/api/v1/document-type/{id}/copy} ({@code PostDocumentTypeByIdCopy}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-type/{id}/copy")
	Mono<ResponseEntity<Void>> postDocumentTypeByIdCopy(@PathVariable("id") UUID id,
			@RequestBody CopyDocumentTypeRequest body);

	/**
	 * Like {@link #postDocumentTypeByIdCopy}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param id see {@link #postDocumentTypeByIdCopy}
	 * @param body see {@link #postDocumentTypeByIdCopy}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentTypeByIdCopy(UUID id, CopyDocumentTypeRequest body) {
		return postDocumentTypeByIdCopy(id, body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/{id}/export} ({@code GetDocumentTypeByIdExport}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/{id}/export", accept = "*/*")
	Mono<byte[]> getDocumentTypeByIdExport(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-type/{id}/import} ({@code PutDocumentTypeByIdImport}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-type/{id}/import")
	Mono<ResponseEntity<Void>> putDocumentTypeByIdImport(@PathVariable("id") UUID id,
			@RequestBody ImportDocumentTypeRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-type/{id}/move} ({@code PutDocumentTypeByIdMove}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-type/{id}/move")
	Mono<ResponseEntity<Void>> putDocumentTypeByIdMove(@PathVariable("id") UUID id,
			@RequestBody MoveDocumentTypeRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/allowed-at-root} ({@code GetDocumentTypeAllowedAtRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/allowed-at-root")
	Mono<Page<AllowedDocumentType>> getDocumentTypeAllowedAtRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentTypeAllowedAtRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<AllowedDocumentType> getDocumentTypeAllowedAtRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getDocumentTypeAllowedAtRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentTypeAllowedAtRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<AllowedDocumentType> getDocumentTypeAllowedAtRootStream(int pageSize) {
		return getDocumentTypeAllowedAtRootAll(pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/document-type/available-compositions} ({@code PostDocumentTypeAvailableCompositions}).
	 * @param body the request body
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-type/available-compositions")
	Mono<List<AvailableDocumentTypeCompositionResponse>> postDocumentTypeAvailableCompositions(@RequestBody DocumentTypeCompositionRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/configuration} ({@code GetDocumentTypeConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/configuration")
	Mono<DocumentTypeConfigurationResponse> getDocumentTypeConfiguration();

	/**
	 * {@code POST /umbraco/management/api/v1/document-type/folder} ({@code PostDocumentTypeFolder}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-type/folder")
	Mono<ResponseEntity<Void>> postDocumentTypeFolder(@RequestBody CreateFolderRequest body);

	/**
	 * Like {@link #postDocumentTypeFolder}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDocumentTypeFolder}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentTypeFolder(CreateFolderRequest body) {
		return postDocumentTypeFolder(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-type/folder/{id}} ({@code GetDocumentTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-type/folder/{id}")
	Mono<FolderResponse> getDocumentTypeFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/document-type/folder/{id}} ({@code DeleteDocumentTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/document-type/folder/{id}")
	Mono<ResponseEntity<Void>> deleteDocumentTypeFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-type/folder/{id}} ({@code PutDocumentTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-type/folder/{id}")
	Mono<ResponseEntity<Void>> putDocumentTypeFolderById(@PathVariable("id") UUID id,
			@RequestBody UpdateFolderResponse body);

	/**
	 * {@code POST /umbraco/management/api/v1/document-type/import} ({@code PostDocumentTypeImport}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-type/import")
	Mono<ResponseEntity<Void>> postDocumentTypeImport(@RequestBody ImportDocumentTypeRequest body);

	/**
	 * Like {@link #postDocumentTypeImport}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDocumentTypeImport}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentTypeImport(ImportDocumentTypeRequest body) {
		return postDocumentTypeImport(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/document-type} ({@code GetItemDocumentType}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/document-type")
	Mono<List<DocumentTypeItemResponse>> getItemDocumentType(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/document-type/search} ({@code GetItemDocumentTypeSearch}).
	 * @param query the {@code query} query parameter
	 * @param isElement the {@code isElement} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/document-type/search")
	Mono<Page<DocumentTypeItemResponse>> getItemDocumentTypeSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "isElement", required = false) Boolean isElement,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getItemDocumentTypeSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemDocumentTypeSearch}
	 * @param isElement see {@link #getItemDocumentTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentTypeItemResponse> getItemDocumentTypeSearchAll(String query, Boolean isElement, int pageSize) {
		return Paging.flux((skip, take) -> getItemDocumentTypeSearch(query, isElement, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getItemDocumentTypeSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemDocumentTypeSearch}
	 * @param isElement see {@link #getItemDocumentTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentTypeItemResponse> getItemDocumentTypeSearchStream(String query, Boolean isElement, int pageSize) {
		return getItemDocumentTypeSearchAll(query, isElement, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document-type/ancestors} ({@code GetTreeDocumentTypeAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document-type/ancestors")
	Mono<List<DocumentTypeTreeItemResponse>> getTreeDocumentTypeAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document-type/children} ({@code GetTreeDocumentTypeChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document-type/children")
	Mono<Page<DocumentTypeTreeItemResponse>> getTreeDocumentTypeChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeDocumentTypeChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeDocumentTypeChildren}
	 * @param foldersOnly see {@link #getTreeDocumentTypeChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentTypeTreeItemResponse> getTreeDocumentTypeChildrenAll(UUID parentId, Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDocumentTypeChildren(parentId, skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDocumentTypeChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeDocumentTypeChildren}
	 * @param foldersOnly see {@link #getTreeDocumentTypeChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentTypeTreeItemResponse> getTreeDocumentTypeChildrenStream(UUID parentId, Boolean foldersOnly, int pageSize) {
		return getTreeDocumentTypeChildrenAll(parentId, foldersOnly, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document-type/root} ({@code GetTreeDocumentTypeRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document-type/root")
	Mono<Page<DocumentTypeTreeItemResponse>> getTreeDocumentTypeRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeDocumentTypeRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param foldersOnly see {@link #getTreeDocumentTypeRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentTypeTreeItemResponse> getTreeDocumentTypeRootAll(Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDocumentTypeRoot(skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDocumentTypeRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param foldersOnly see {@link #getTreeDocumentTypeRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentTypeTreeItemResponse> getTreeDocumentTypeRootStream(Boolean foldersOnly, int pageSize) {
		return getTreeDocumentTypeRootAll(foldersOnly, pageSize).toStream();
	}

}
