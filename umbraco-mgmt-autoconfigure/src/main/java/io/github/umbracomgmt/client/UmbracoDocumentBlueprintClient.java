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

import io.github.umbracomgmt.client.model.CreateDocumentBlueprintFromDocumentRequest;
import io.github.umbracomgmt.client.model.CreateDocumentBlueprintRequest;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.DocumentBlueprintItemResponse;
import io.github.umbracomgmt.client.model.DocumentBlueprintResponse;
import io.github.umbracomgmt.client.model.DocumentBlueprintTreeItemResponse;
import io.github.umbracomgmt.client.model.FolderResponse;
import io.github.umbracomgmt.client.model.MoveDocumentBlueprintRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateDocumentBlueprintRequest;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;

/**
 * The {@code Document Blueprint} operations of the Umbraco Management API (15 operations), as the OpenAPI
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
public interface UmbracoDocumentBlueprintClient {

	/**
	 * {@code POST /umbraco/management/api/v1/document-blueprint} ({@code PostDocumentBlueprint}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-blueprint")
	Mono<ResponseEntity<Void>> postDocumentBlueprint(@RequestBody CreateDocumentBlueprintRequest body);

	/**
	 * Like {@link #postDocumentBlueprint}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDocumentBlueprint}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentBlueprint(CreateDocumentBlueprintRequest body) {
		return postDocumentBlueprint(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-blueprint/{id}} ({@code GetDocumentBlueprintById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-blueprint/{id}")
	Mono<DocumentBlueprintResponse> getDocumentBlueprintById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/document-blueprint/{id}} ({@code DeleteDocumentBlueprintById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/document-blueprint/{id}")
	Mono<ResponseEntity<Void>> deleteDocumentBlueprintById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-blueprint/{id}} ({@code PutDocumentBlueprintById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-blueprint/{id}")
	Mono<ResponseEntity<Void>> putDocumentBlueprintById(@PathVariable("id") UUID id,
			@RequestBody UpdateDocumentBlueprintRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-blueprint/{id}/move} ({@code PutDocumentBlueprintByIdMove}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-blueprint/{id}/move")
	Mono<ResponseEntity<Void>> putDocumentBlueprintByIdMove(@PathVariable("id") UUID id,
			@RequestBody MoveDocumentBlueprintRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document-blueprint/{id}/scaffold} ({@code GetDocumentBlueprintByIdScaffold}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-blueprint/{id}/scaffold")
	Mono<DocumentBlueprintResponse> getDocumentBlueprintByIdScaffold(@PathVariable("id") UUID id);

	/**
	 * {@code POST /umbraco/management/api/v1/document-blueprint/folder} ({@code PostDocumentBlueprintFolder}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-blueprint/folder")
	Mono<ResponseEntity<Void>> postDocumentBlueprintFolder(@RequestBody CreateFolderRequest body);

	/**
	 * Like {@link #postDocumentBlueprintFolder}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDocumentBlueprintFolder}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentBlueprintFolder(CreateFolderRequest body) {
		return postDocumentBlueprintFolder(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-blueprint/folder/{id}} ({@code GetDocumentBlueprintFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-blueprint/folder/{id}")
	Mono<FolderResponse> getDocumentBlueprintFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/document-blueprint/folder/{id}} ({@code DeleteDocumentBlueprintFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/document-blueprint/folder/{id}")
	Mono<ResponseEntity<Void>> deleteDocumentBlueprintFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-blueprint/folder/{id}} ({@code PutDocumentBlueprintFolderById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-blueprint/folder/{id}")
	Mono<ResponseEntity<Void>> putDocumentBlueprintFolderById(@PathVariable("id") UUID id,
			@RequestBody UpdateFolderResponse body);

	/**
	 * {@code POST /umbraco/management/api/v1/document-blueprint/from-document} ({@code PostDocumentBlueprintFromDocument}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-blueprint/from-document")
	Mono<ResponseEntity<Void>> postDocumentBlueprintFromDocument(@RequestBody CreateDocumentBlueprintFromDocumentRequest body);

	/**
	 * Like {@link #postDocumentBlueprintFromDocument}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDocumentBlueprintFromDocument}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentBlueprintFromDocument(CreateDocumentBlueprintFromDocumentRequest body) {
		return postDocumentBlueprintFromDocument(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/document-blueprint} ({@code GetItemDocumentBlueprint}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/document-blueprint")
	Mono<List<DocumentBlueprintItemResponse>> getItemDocumentBlueprint(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document-blueprint/ancestors} ({@code GetTreeDocumentBlueprintAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document-blueprint/ancestors")
	Mono<List<DocumentBlueprintTreeItemResponse>> getTreeDocumentBlueprintAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document-blueprint/children} ({@code GetTreeDocumentBlueprintChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document-blueprint/children")
	Mono<Page<DocumentBlueprintTreeItemResponse>> getTreeDocumentBlueprintChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeDocumentBlueprintChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeDocumentBlueprintChildren}
	 * @param foldersOnly see {@link #getTreeDocumentBlueprintChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentBlueprintTreeItemResponse> getTreeDocumentBlueprintChildrenAll(UUID parentId, Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDocumentBlueprintChildren(parentId, skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDocumentBlueprintChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeDocumentBlueprintChildren}
	 * @param foldersOnly see {@link #getTreeDocumentBlueprintChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentBlueprintTreeItemResponse> getTreeDocumentBlueprintChildrenStream(UUID parentId, Boolean foldersOnly, int pageSize) {
		return getTreeDocumentBlueprintChildrenAll(parentId, foldersOnly, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document-blueprint/root} ({@code GetTreeDocumentBlueprintRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document-blueprint/root")
	Mono<Page<DocumentBlueprintTreeItemResponse>> getTreeDocumentBlueprintRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeDocumentBlueprintRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param foldersOnly see {@link #getTreeDocumentBlueprintRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentBlueprintTreeItemResponse> getTreeDocumentBlueprintRootAll(Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDocumentBlueprintRoot(skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDocumentBlueprintRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param foldersOnly see {@link #getTreeDocumentBlueprintRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentBlueprintTreeItemResponse> getTreeDocumentBlueprintRootStream(Boolean foldersOnly, int pageSize) {
		return getTreeDocumentBlueprintRootAll(foldersOnly, pageSize).toStream();
	}

}
