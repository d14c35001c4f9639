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

import io.github.umbracomgmt.client.model.AllowedMediaType;
import io.github.umbracomgmt.client.model.AvailableMediaTypeCompositionResponse;
import io.github.umbracomgmt.client.model.CopyMediaTypeRequest;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.CreateMediaTypeRequest;
import io.github.umbracomgmt.client.model.FolderResponse;
import io.github.umbracomgmt.client.model.ImportMediaTypeRequest;
import io.github.umbracomgmt.client.model.MediaTypeCompositionRequest;
import io.github.umbracomgmt.client.model.MediaTypeCompositionResponse;
import io.github.umbracomgmt.client.model.MediaTypeConfigurationResponse;
import io.github.umbracomgmt.client.model.MediaTypeItemResponse;
import io.github.umbracomgmt.client.model.MediaTypeResponse;
import io.github.umbracomgmt.client.model.MediaTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.MoveMediaTypeRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;
import io.github.umbracomgmt.client.model.UpdateMediaTypeRequest;

/**
 * The {@code Media Type} operations of the Umbraco Management API (25 operations), as the OpenAPI
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
public interface UmbracoMediaTypeClient {

	/**
	 * {@code GET /umbraco/management/api/v1/item/media-type} ({@code GetItemMediaType}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/media-type")
	Mono<List<MediaTypeItemResponse>> getItemMediaType(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/media-type/allowed} ({@code GetItemMediaTypeAllowed}).
	 * @param fileExtension the {@code fileExtension} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/media-type/allowed")
	Mono<Page<MediaTypeItemResponse>> getItemMediaTypeAllowed(@RequestParam(name = "fileExtension", required = false) String fileExtension,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getItemMediaTypeAllowed}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param fileExtension see {@link #getItemMediaTypeAllowed}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaTypeItemResponse> getItemMediaTypeAllowedAll(String fileExtension, int pageSize) {
		return Paging.flux((skip, take) -> getItemMediaTypeAllowed(fileExtension, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getItemMediaTypeAllowed} as a blocking stream, requesting pages lazily; close it when done.
	 * @param fileExtension see {@link #getItemMediaTypeAllowed}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaTypeItemResponse> getItemMediaTypeAllowedStream(String fileExtension, int pageSize) {
		return getItemMediaTypeAllowedAll(fileExtension, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/media-type/folders} ({@code GetItemMediaTypeFolders}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/media-type/folders")
	Mono<Page<MediaTypeItemResponse>> getItemMediaTypeFolders(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getItemMediaTypeFolders}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaTypeItemResponse> getItemMediaTypeFoldersAll(int pageSize) {
		return Paging.flux((skip, take) -> getItemMediaTypeFolders(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getItemMediaTypeFolders} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaTypeItemResponse> getItemMediaTypeFoldersStream(int pageSize) {
		return getItemMediaTypeFoldersAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/media-type/search} ({@code GetItemMediaTypeSearch}).
	 * @param query the {@code query} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/media-type/search")
	Mono<Page<MediaTypeItemResponse>> getItemMediaTypeSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getItemMediaTypeSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemMediaTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaTypeItemResponse> getItemMediaTypeSearchAll(String query, int pageSize) {
		return Paging.flux((skip, take) -> getItemMediaTypeSearch(query, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getItemMediaTypeSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemMediaTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaTypeItemResponse> getItemMediaTypeSearchStream(String query, int pageSize) {
		return getItemMediaTypeSearchAll(query, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/media-type} ({@code PostMediaType}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/media-type")
	Mono<ResponseEntity<Void>> postMediaType(@RequestBody CreateMediaTypeRequest body);

	/**
	 * Like {@link #postMediaType}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postMediaType}
	 * @return the created resource
	 */
	default Mono<Created> createMediaType(CreateMediaTypeRequest body) {
		return postMediaType(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/media-type/{id}} ({@code GetMediaTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media-type/{id}")
	Mono<MediaTypeResponse> getMediaTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/media-type/{id}} ({@code DeleteMediaTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/media-type/{id}")
	Mono<ResponseEntity<Void>> deleteMediaTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/media-type/{id}} ({@code PutMediaTypeById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media-type/{id}")
	Mono<ResponseEntity<Void>> putMediaTypeById(@PathVariable("id") UUID id, @RequestBody UpdateMediaTypeRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/media-type/{id}/allowed-children} ({@code GetMediaTypeByIdAllowedChildren}).
	 * @param id the {@code id} path parameter
	 * @param parentContentKey the {@code parentContentKey} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media-type/{id}/allowed-children")
	Mono<Page<AllowedMediaType>> getMediaTypeByIdAllowedChildren(@PathVariable("id") UUID id,
			@RequestParam(name = "parentContentKey", required = false) UUID parentContentKey,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMediaTypeByIdAllowedChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMediaTypeByIdAllowedChildren}
	 * @param parentContentKey see {@link #getMediaTypeByIdAllowedChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<AllowedMediaType> getMediaTypeByIdAllowedChildrenAll(UUID id, UUID parentContentKey, int pageSize) {
		return Paging.flux((skip, take) -> getMediaTypeByIdAllowedChildren(id, parentContentKey, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMediaTypeByIdAllowedChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMediaTypeByIdAllowedChildren}
	 * @param parentContentKey see {@link #getMediaTypeByIdAllowedChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<AllowedMediaType> getMediaTypeByIdAllowedChildrenStream(UUID id, UUID parentContentKey, int pageSize) {
		return getMediaTypeByIdAllowedChildrenAll(id, parentContentKey, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/media-type/{id}/composition-references} ({@code GetMediaTypeByIdCompositionReferences}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media-type/{id}/composition-references")
	Mono<List<MediaTypeCompositionResponse>> getMediaTypeByIdCompositionReferences(@PathVariable("id") UUID id);

	/**
	 * {@code POST /umbraco/management/api/v1/media-type/{id}/copy} ({@code PostMediaTypeByIdCopy}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/media-type/{id}/copy")
	Mono<ResponseEntity<Void>> postMediaTypeByIdCopy(@PathVariable("id") UUID id,
			@RequestBody CopyMediaTypeRequest body);

	/**
	 * Like {@link #postMediaTypeByIdCopy}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param id see {@link #postMediaTypeByIdCopy}
	 * @param body see {@link #postMediaTypeByIdCopy}
	 * @return the created resource
	 */
	default Mono<Created> createMediaTypeByIdCopy(UUID id, CopyMediaTypeRequest body) {
		return postMediaTypeByIdCopy(id, body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/media-type/{id}/export} ({@code GetMediaTypeByIdExport}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media-type/{id}/export", accept = "*/*")
	Mono<byte[]> getMediaTypeByIdExport(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/media-type/{id}/import} ({@code PutMediaTypeByIdImport}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media-type/{id}/import")
	Mono<ResponseEntity<Void>> putMediaTypeByIdImport(@PathVariable("id") UUID id,
			@RequestBody ImportMediaTypeRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/media-type/{id}/move} ({@code PutMediaTypeByIdMove}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media-type/{id}/move")
	Mono<ResponseEntity<Void>> putMediaTypeByIdMove(@PathVariable("id") UUID id,
			@RequestBody MoveMediaTypeRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/media-type/allowed-at-root} ({@code GetMediaTypeAllowedAtRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media-type/allowed-at-root")
	Mono<Page<AllowedMediaType>> getMediaTypeAllowedAtRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMediaTypeAllowedAtRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<AllowedMediaType> getMediaTypeAllowedAtRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getMediaTypeAllowedAtRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMediaTypeAllowedAtRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<AllowedMediaType> getMediaTypeAllowedAtRootStream(int pageSize) {
		return getMediaTypeAllowedAtRootAll(pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/media-type/available-compositions} ({@code PostMediaTypeAvailableCompositions}).
	 * @param body the request body
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/media-type/available-compositions")
	Mono<List<AvailableMediaTypeCompositionResponse>> postMediaTypeAvailableCompositions(@RequestBody MediaTypeCompositionRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/media-type/configuration} ({@code GetMediaTypeConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media-type/configuration")
	Mono<MediaTypeConfigurationResponse> getMediaTypeConfiguration();

	/**
	 * {@code POST /umbraco/management/api/v1/media-type/folder} ({@code PostMediaTypeFolder}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/media-type/folder")
	Mono<ResponseEntity<Void>> postMediaTypeFolder(@RequestBody CreateFolderRequest body);

	/**
	 * Like {@link #postMediaTypeFolder}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postMediaTypeFolder}
	 * @return the created resource
	 */
	default Mono<Created> createMediaTypeFolder(CreateFolderRequest body) {
		return postMediaTypeFolder(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/media-type/folder/{id}} ({@code GetMediaTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media-type/folder/{id}")
	Mono<FolderResponse> getMediaTypeFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/media-type/folder/{id}} ({@code DeleteMediaTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/media-type/folder/{id}")
	Mono<ResponseEntity<Void>> deleteMediaTypeFolderById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/media-type/folder/{id}} ({@code PutMediaTypeFolderById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media-type/folder/{id}")
	Mono<ResponseEntity<Void>> putMediaTypeFolderById(@PathVariable("id") UUID id,
			@RequestBody UpdateFolderResponse body);

	/**
	 * {@code POST /umbraco/management/api/v1/media-type/import} ({@code PostMediaTypeImport}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/media-type/import")
	Mono<ResponseEntity<Void>> postMediaTypeImport(@RequestBody ImportMediaTypeRequest body);

	/**
	 * Like {@link #postMediaTypeImport}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postMediaTypeImport}
	 * @return the created resource
	 */
	default Mono<Created> createMediaTypeImport(ImportMediaTypeRequest body) {
		return postMediaTypeImport(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/media-type/ancestors} ({@code GetTreeMediaTypeAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/media-type/ancestors")
	Mono<List<MediaTypeTreeItemResponse>> getTreeMediaTypeAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/media-type/children} ({@code GetTreeMediaTypeChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/media-type/children")
	Mono<Page<MediaTypeTreeItemResponse>> getTreeMediaTypeChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeMediaTypeChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeMediaTypeChildren}
	 * @param foldersOnly see {@link #getTreeMediaTypeChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaTypeTreeItemResponse> getTreeMediaTypeChildrenAll(UUID parentId, Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeMediaTypeChildren(parentId, skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeMediaTypeChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeMediaTypeChildren}
	 * @param foldersOnly see {@link #getTreeMediaTypeChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaTypeTreeItemResponse> getTreeMediaTypeChildrenStream(UUID parentId, Boolean foldersOnly, int pageSize) {
		return getTreeMediaTypeChildrenAll(parentId, foldersOnly, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/media-type/root} ({@code GetTreeMediaTypeRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param foldersOnly the {@code foldersOnly} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/media-type/root")
	Mono<Page<MediaTypeTreeItemResponse>> getTreeMediaTypeRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "foldersOnly", required = false) Boolean foldersOnly);

	/**
	 * Every item of {@link #getTreeMediaTypeRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param foldersOnly see {@link #getTreeMediaTypeRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaTypeTreeItemResponse> getTreeMediaTypeRootAll(Boolean foldersOnly, int pageSize) {
		return Paging.flux((skip, take) -> getTreeMediaTypeRoot(skip, take, foldersOnly), pageSize);
	}

	/**
	 * Every item of {@link #getTreeMediaTypeRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param foldersOnly see {@link #getTreeMediaTypeRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaTypeTreeItemResponse> getTreeMediaTypeRootStream(Boolean foldersOnly, int pageSize) {
		return getTreeMediaTypeRootAll(foldersOnly, pageSize).toStream();
	}

}
