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

import io.github.umbracomgmt.client.model.CopyDataTypeRequest;
import io.github.umbracomgmt.client.model.CreateDataTypeRequest;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.DataTypeItemResponse;
import io.github.umbracomgmt.client.model.DataTypeReferenceResponse;
import io.github.umbracomgmt.client.model.DataTypeResponse;
import io.github.umbracomgmt.client.model.DataTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.DatatypeConfigurationResponse;
import io.github.umbracomgmt.client.model.FolderResponse;
import io.github.umbracomgmt.client.model.MoveDataTypeRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ReferenceResponse;
import io.github.umbracomgmt.client.model.UpdateDataTypeRequest;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;

/**
 * The {@code Data Type} operations of the Umbraco Management API (20 operations), as the OpenAPI
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
public interface UmbracoDataTypeClient {

	/**
	 * {@code POST /umbraco/management/api/v1/data-type} ({@code PostDataType}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/data-type")
	Mono<ResponseEntity<Void>> postDataType(@RequestBody CreateDataTypeRequest body);

	/**
	 * Like {@link #postDataType}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDataType}
	 * @return the created resource
	 */
	default Mono<Created> createDataType(CreateDataTypeRequest body) {
		return postDataType(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/data-type/{id}} ({@code GetDataTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/data-type/{id}")
	Mono<DataTypeResponse> getDataTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/data-type/{id}} ({@code DeleteDataTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/data-type/{id}")
	Mono<ResponseEntity<Void>> deleteDataTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/data-type/{id}} ({@code PutDataTypeById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/data-type/{id}")
	Mono<ResponseEntity<Void>> putDataTypeById(@PathVariable("id") UUID id, @RequestBody UpdateDataTypeRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/data-type/{id}/copy} ({@code PostDataTypeByIdCopy}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/data-type/{id}/copy")
	Mono<ResponseEntity<Void>> postDataTypeByIdCopy(@PathVariable("id") UUID id, @RequestBody CopyDataTypeRequest body);

	/**
	 * Like {@link #postDataTypeByIdCopy}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param id see {@link #postDataTypeByIdCopy}
	 * @param body see {@link #postDataTypeByIdCopy}
	 * @return the created resource
	 */
	default Mono<Created> createDataTypeByIdCopy(UUID id, CopyDataTypeRequest body) {
		return postDataTypeByIdCopy(id, body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/data-type/{id}/is-used} ({@code GetDataTypeByIdIsUsed}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/data-type/{id}/is-used")
	Mono<Boolean> getDataTypeByIdIsUsed(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/data-type/{id}/move} ({@code PutDataTypeByIdMove}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/data-type/{id}/move")
	Mono<ResponseEntity<Void>> putDataTypeByIdMove(@PathVariable("id") UUID id, @RequestBody MoveDataTypeRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/data-type/{id}/referenced-by} ({@code GetDataTypeByIdReferencedBy}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/data-type/{id}/referenced-by")
	Mono<Page<ReferenceResponse>> getDataTypeByIdReferencedBy(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDataTypeByIdReferencedBy}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getDataTypeByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceResponse> getDataTypeByIdReferencedByAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getDataTypeByIdReferencedBy(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDataTypeByIdReferencedBy} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getDataTypeByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceResponse> getDataTypeByIdReferencedByStream(UUID id, int pageSize) {
		return getDataTypeByIdReferencedByAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/data-type/{id}/references} ({@code GetDataTypeByIdReferences}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/data-type/{id}/references")
	Mono<List<DataTypeReferenceResponse>> getDataTypeByIdReferences(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/data-type/configuration} ({@code GetDataTypeConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/data-type/configuration")
	Mono<DatatypeConfigurationResponse> getDataTypeConfiguration();

	/**
	 * {@code POST /umbraco/management/api/v1/data-type/folder} ({@code PostDataTypeFolder}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/data-type/folder")
	Mono<ResponseEntity<Void>> postDataTypeFolder(@RequestBody CreateFolderRequest body);

	/**
	 * Like {@link #postDataTypeFolder}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDataTypeFolder}
	 * @return the created resource
	 */
	default Mono<Created> createDataTypeFolder(CreateFolderRequest body) {
		return postDataTypeFolder(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/data-type/folder/{id}} ({@code GetDataTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/data-type/folder/{id}")
	Mono<FolderResponse> getDataTypeFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/data-type/folder/{id}} ({@code DeleteDataTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/data-type/folder/{id}")
	Mono<ResponseEntity<Void>> deleteDataTypeFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/data-type/folder/{id}} ({@code PutDataTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/data-type/folder/{id}")
	Mono<ResponseEntity<Void>> putDataTypeFolderById(@PathVariable("id") UUID id,
			@RequestBody UpdateFolderResponse body);

	/**
	 * {@code GET /umbraco/management/api/v1/filter/data-type} ({@code GetFilterDataType}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param name the {@code name} query parameter
	 * @param editorUiAlias the {@code editorUiAlias} query parameter
	 * @param editorAlias the {@code editorAlias} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/filter/data-type")
	Mono<Page<DataTypeItemResponse>> getFilterDataType(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "editorUiAlias", required = false) String editorUiAlias,
			@RequestParam(name = "editorAlias", required = false) String editorAlias);

	/**
	 * Every item of {@link #getFilterDataType}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param name see {@link #getFilterDataType}
	 * @param editorUiAlias see {@link #getFilterDataType}
	 * @param editorAlias see {@link #getFilterDataType}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DataTypeItemResponse> getFilterDataTypeAll(String name, String editorUiAlias, String editorAlias, int pageSize) {
		return Paging.flux((skip, take) -> getFilterDataType(skip, take, name, editorUiAlias, editorAlias), pageSize);
	}

	/**
	 * Every item of {@link #getFilterDataType} as a blocking stream, requesting pages lazily; close it when done.
	 * @param name see {@link #getFilterDataType}
	 * @param editorUiAlias see {@link #getFilterDataType}
	 * @param editorAlias see {@link #getFilterDataType}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DataTypeItemResponse> getFilterDataTypeStream(String name, String editorUiAlias, String editorAlias, int pageSize) {
		return getFilterDataTypeAll(name, editorUiAlias, editorAlias, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/data-type} ({@code GetItemDataType}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/data-type")
	Mono<List<DataTypeItemResponse>> getItemDataType(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/data-type/search} ({@code GetItemDataTypeSearch}).
	 * @param query the {@code query} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/data-type/search")
	Mono<Page<DataTypeItemResponse>> getItemDataTypeSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getItemDataTypeSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemDataTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DataTypeItemResponse> getItemDataTypeSearchAll(String query, int pageSize) {
		return Paging.flux((skip, take) -> getItemDataTypeSearch(query, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getItemDataTypeSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemDataTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DataTypeItemResponse> getItemDataTypeSearchStream(String query, int pageSize) {
		return getItemDataTypeSearchAll(query, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/data-type/ancestors} ({@code GetTreeDataTypeAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/data-type/ancestors")
	Mono<List<DataTypeTreeItemResponse>> getTreeDataTypeAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/data-type/children} ({@code GetTreeDataTypeChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/data-type/children")
	Mono<Page<DataTypeTreeItemResponse>> getTreeDataTypeChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeDataTypeChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeDataTypeChildren}
	 * @param foldersOnly see {@link #getTreeDataTypeChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DataTypeTreeItemResponse> getTreeDataTypeChildrenAll(UUID parentId, Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDataTypeChildren(parentId, skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDataTypeChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeDataTypeChildren}
	 * @param foldersOnly see {@link #getTreeDataTypeChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DataTypeTreeItemResponse> getTreeDataTypeChildrenStream(UUID parentId, Boolean foldersOnly, int pageSize) {
		return getTreeDataTypeChildrenAll(parentId, foldersOnly, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/data-type/root} ({@code GetTreeDataTypeRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/data-type/root")
	Mono<Page<DataTypeTreeItemResponse>> getTreeDataTypeRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeDataTypeRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param foldersOnly see {@link #getTreeDataTypeRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DataTypeTreeItemResponse> getTreeDataTypeRootAll(Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDataTypeRoot(skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDataTypeRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param foldersOnly see {@link #getTreeDataTypeRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DataTypeTreeItemResponse> getTreeDataTypeRootStream(Boolean foldersOnly, int pageSize) {
		return getTreeDataTypeRootAll(foldersOnly, pageSize).toStream();
	}

}
