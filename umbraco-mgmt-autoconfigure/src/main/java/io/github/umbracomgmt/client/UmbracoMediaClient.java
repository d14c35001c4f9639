package io.github.umbracomgmt.client;

import java.time.OffsetDateTime;
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

import io.github.umbracomgmt.client.model.AuditLogResponse;
import io.github.umbracomgmt.client.model.CreateMediaRequest;
import io.github.umbracomgmt.client.model.Direction;
import io.github.umbracomgmt.client.model.MediaCollectionResponse;
import io.github.umbracomgmt.client.model.MediaConfigurationResponse;
import io.github.umbracomgmt.client.model.MediaItemResponse;
import io.github.umbracomgmt.client.model.MediaRecycleBinItemResponse;
import io.github.umbracomgmt.client.model.MediaResponse;
import io.github.umbracomgmt.client.model.MediaTreeItemResponse;
import io.github.umbracomgmt.client.model.MediaUrlInfoResponse;
import io.github.umbracomgmt.client.model.MoveMediaRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.ReferenceResponse;
import io.github.umbracomgmt.client.model.SortingRequest;
import io.github.umbracomgmt.client.model.UpdateMediaRequest;

/**
 * The {@code Media} operations of the Umbraco Management API (28 operations), as the OpenAPI
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
public interface UmbracoMediaClient {

	/**
	 * {@code GET /umbraco/management/api/v1/collection/media} ({@code GetCollectionMedia}).
	 * @param id the {@code id} query parameter
	 * @param dataTypeId the {@code dataTypeId} query parameter
	 * @param orderBy the {@code orderBy} query parameter
	 * @param orderDirection the {@code orderDirection} query parameter
	 * @param filter the {@code filter} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/collection/media")
	Mono<Page<MediaCollectionResponse>> getCollectionMedia(@RequestParam(name = "id", required = false) UUID id,
			@RequestParam(name = "dataTypeId", required = false) UUID dataTypeId,
			@RequestParam(name = "orderBy", required = false) String orderBy,
			@RequestParam(name = "orderDirection", required = false) Direction orderDirection,
			@RequestParam(name = "filter", required = false) String filter,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getCollectionMedia}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getCollectionMedia}
	 * @param dataTypeId see {@link #getCollectionMedia}
	 * @param orderBy see {@link #getCollectionMedia}
	 * @param orderDirection see {@link #getCollectionMedia}
	 * @param filter see {@link #getCollectionMedia}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaCollectionResponse> getCollectionMediaAll(UUID id, UUID dataTypeId, String orderBy, Direction orderDirection, String filter, int pageSize) {
		return Paging.flux((skip, take) -> getCollectionMedia(id, dataTypeId, orderBy, orderDirection, filter, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getCollectionMedia} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getCollectionMedia}
	 * @param dataTypeId see {@link #getCollectionMedia}
	 * @param orderBy see {@link #getCollectionMedia}
	 * @param orderDirection see {@link #getCollectionMedia}
	 * @param filter see {@link #getCollectionMedia}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaCollectionResponse> getCollectionMediaStream(UUID id, UUID dataTypeId, String orderBy, Direction orderDirection, String filter, int pageSize) {
		return getCollectionMediaAll(id, dataTypeId, orderBy, orderDirection, filter, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/media} ({@code GetItemMedia}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/media")
	Mono<List<MediaItemResponse>> getItemMedia(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/media/search} ({@code GetItemMediaSearch}).
	 * @param query the {@code query} query parameter
	 * @param trashed the {@code trashed} query parameter
	 * @param culture the {@code culture} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param parentId the {@code parentId} query parameter
	 * @param allowedMediaTypes the {@code allowedMediaTypes} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/media/search")
	Mono<Page<MediaItemResponse>> getItemMediaSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "trashed", required = false) Boolean trashed,
			@RequestParam(name = "culture", required = false) String culture,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "allowedMediaTypes", required = false) List<UUID> allowedMediaTypes);

	/**
	 * Every item of {@link #getItemMediaSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemMediaSearch}
	 * @param trashed see {@link #getItemMediaSearch}
	 * @param culture see {@link #getItemMediaSearch}
	 * @param parentId see {@link #getItemMediaSearch}
	 * @param allowedMediaTypes see {@link #getItemMediaSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaItemResponse> getItemMediaSearchAll(String query, Boolean trashed, String culture, UUID parentId, List<UUID> allowedMediaTypes, int pageSize) {
		return Paging.flux((skip, take) -> getItemMediaSearch(query, trashed, culture, skip, take, parentId, allowedMediaTypes), pageSize);
	}

	/**
	 * Every item of {@link #getItemMediaSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemMediaSearch}
	 * @param trashed see {@link #getItemMediaSearch}
	 * @param culture see {@link #getItemMediaSearch}
	 * @param parentId see {@link #getItemMediaSearch}
	 * @param allowedMediaTypes see {@link #getItemMediaSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaItemResponse> getItemMediaSearchStream(String query, Boolean trashed, String culture, UUID parentId, List<UUID> allowedMediaTypes, int pageSize) {
		return getItemMediaSearchAll(query, trashed, culture, parentId, allowedMediaTypes, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/media} ({@code PostMedia}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/media")
	Mono<ResponseEntity<Void>> postMedia(@RequestBody CreateMediaRequest body);

	/**
	 * Like {@link #postMedia}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postMedia}
	 * @return the created resource
	 */
	default Mono<Created> createMedia(CreateMediaRequest body) {
		return postMedia(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/media/{id}} ({@code GetMediaById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media/{id}")
	Mono<MediaResponse> getMediaById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/media/{id}} ({@code DeleteMediaById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/media/{id}")
	Mono<ResponseEntity<Void>> deleteMediaById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/media/{id}} ({@code PutMediaById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media/{id}")
	Mono<ResponseEntity<Void>> putMediaById(@PathVariable("id") UUID id, @RequestBody UpdateMediaRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/media/{id}/audit-log} ({@code GetMediaByIdAuditLog}).
	 * @param id the {@code id} path parameter
	 * @param orderDirection the {@code orderDirection} query parameter
	 * @param sinceDate the {@code sinceDate} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media/{id}/audit-log")
	Mono<Page<AuditLogResponse>> getMediaByIdAuditLog(@PathVariable("id") UUID id,
			@RequestParam(name = "orderDirection", required = false) Direction orderDirection,
			@RequestParam(name = "sinceDate", required = false) OffsetDateTime sinceDate,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMediaByIdAuditLog}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMediaByIdAuditLog}
	 * @param orderDirection see {@link #getMediaByIdAuditLog}
	 * @param sinceDate see {@link #getMediaByIdAuditLog}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<AuditLogResponse> getMediaByIdAuditLogAll(UUID id, Direction orderDirection, OffsetDateTime sinceDate, int pageSize) {
		return Paging.flux((skip, take) -> getMediaByIdAuditLog(id, orderDirection, sinceDate, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMediaByIdAuditLog} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMediaByIdAuditLog}
	 * @param orderDirection see {@link #getMediaByIdAuditLog}
	 * @param sinceDate see {@link #getMediaByIdAuditLog}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<AuditLogResponse> getMediaByIdAuditLogStream(UUID id, Direction orderDirection, OffsetDateTime sinceDate, int pageSize) {
		return getMediaByIdAuditLogAll(id, orderDirection, sinceDate, pageSize).toStream();
	}

	/**
	 * {@code PUT /umbraco/management/api/v1/media/{id}/move} ({@code PutMediaByIdMove}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media/{id}/move")
	Mono<ResponseEntity<Void>> putMediaByIdMove(@PathVariable("id") UUID id, @RequestBody MoveMediaRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/media/{id}/move-to-recycle-bin} ({@code PutMediaByIdMoveToRecycleBin}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media/{id}/move-to-recycle-bin")
	Mono<ResponseEntity<Void>> putMediaByIdMoveToRecycleBin(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/media/{id}/referenced-by} ({@code GetMediaByIdReferencedBy}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media/{id}/referenced-by")
	Mono<Page<ReferenceResponse>> getMediaByIdReferencedBy(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMediaByIdReferencedBy}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMediaByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceResponse> getMediaByIdReferencedByAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getMediaByIdReferencedBy(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMediaByIdReferencedBy} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMediaByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceResponse> getMediaByIdReferencedByStream(UUID id, int pageSize) {
		return getMediaByIdReferencedByAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/media/{id}/referenced-descendants} ({@code GetMediaByIdReferencedDescendants}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media/{id}/referenced-descendants")
	Mono<Page<ReferenceById>> getMediaByIdReferencedDescendants(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMediaByIdReferencedDescendants}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMediaByIdReferencedDescendants}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceById> getMediaByIdReferencedDescendantsAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getMediaByIdReferencedDescendants(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMediaByIdReferencedDescendants} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMediaByIdReferencedDescendants}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceById> getMediaByIdReferencedDescendantsStream(UUID id, int pageSize) {
		return getMediaByIdReferencedDescendantsAll(id, pageSize).toStream();
	}

	/**
	 * {@code PUT /umbraco/management/api/v1/media/{id}/validate} ({@code PutMediaByIdValidate}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media/{id}/validate")
	Mono<ResponseEntity<Void>> putMediaByIdValidate(@PathVariable("id") UUID id, @RequestBody UpdateMediaRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/media/are-referenced} ({@code GetMediaAreReferenced}).
	 * @param id the {@code id} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media/are-referenced")
	Mono<Page<ReferenceById>> getMediaAreReferenced(@RequestParam(name = "id", required = false) List<UUID> id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMediaAreReferenced}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMediaAreReferenced}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceById> getMediaAreReferencedAll(List<UUID> id, int pageSize) {
		return Paging.flux((skip, take) -> getMediaAreReferenced(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMediaAreReferenced} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMediaAreReferenced}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceById> getMediaAreReferencedStream(List<UUID> id, int pageSize) {
		return getMediaAreReferencedAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/media/configuration} ({@code GetMediaConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media/configuration")
	Mono<MediaConfigurationResponse> getMediaConfiguration();

	/**
	 * {@code PUT /umbraco/management/api/v1/media/sort} ({@code PutMediaSort}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/media/sort")
	Mono<ResponseEntity<Void>> putMediaSort(@RequestBody SortingRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/media/urls} ({@code GetMediaUrls}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/media/urls")
	Mono<List<MediaUrlInfoResponse>> getMediaUrls(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code POST /umbraco/management/api/v1/media/validate} ({@code PostMediaValidate}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/media/validate")
	Mono<ResponseEntity<Void>> postMediaValidate(@RequestBody CreateMediaRequest body);

	/**
	 * {@code DELETE /umbraco/management/api/v1/recycle-bin/media} ({@code DeleteRecycleBinMedia}).
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/recycle-bin/media")
	Mono<ResponseEntity<Void>> deleteRecycleBinMedia();

	/**
	 * {@code DELETE /umbraco/management/api/v1/recycle-bin/media/{id}} ({@code DeleteRecycleBinMediaById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/recycle-bin/media/{id}")
	Mono<ResponseEntity<Void>> deleteRecycleBinMediaById(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/media/{id}/original-parent} ({@code GetRecycleBinMediaByIdOriginalParent}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/media/{id}/original-parent")
	Mono<ReferenceById> getRecycleBinMediaByIdOriginalParent(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/recycle-bin/media/{id}/restore} ({@code PutRecycleBinMediaByIdRestore}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/recycle-bin/media/{id}/restore")
	Mono<ResponseEntity<Void>> putRecycleBinMediaByIdRestore(@PathVariable("id") UUID id,
			@RequestBody MoveMediaRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/media/children} ({@code GetRecycleBinMediaChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/media/children")
	Mono<Page<MediaRecycleBinItemResponse>> getRecycleBinMediaChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRecycleBinMediaChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getRecycleBinMediaChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaRecycleBinItemResponse> getRecycleBinMediaChildrenAll(UUID parentId, int pageSize) {
		return Paging.flux((skip, take) -> getRecycleBinMediaChildren(parentId, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRecycleBinMediaChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getRecycleBinMediaChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaRecycleBinItemResponse> getRecycleBinMediaChildrenStream(UUID parentId, int pageSize) {
		return getRecycleBinMediaChildrenAll(parentId, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/media/referenced-by} ({@code GetRecycleBinMediaReferencedBy}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/media/referenced-by")
	Mono<Page<ReferenceResponse>> getRecycleBinMediaReferencedBy(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRecycleBinMediaReferencedBy}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceResponse> getRecycleBinMediaReferencedByAll(int pageSize) {
		return Paging.flux((skip, take) -> getRecycleBinMediaReferencedBy(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRecycleBinMediaReferencedBy} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceResponse> getRecycleBinMediaReferencedByStream(int pageSize) {
		return getRecycleBinMediaReferencedByAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/media/root} ({@code GetRecycleBinMediaRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/media/root")
	Mono<Page<MediaRecycleBinItemResponse>> getRecycleBinMediaRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRecycleBinMediaRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaRecycleBinItemResponse> getRecycleBinMediaRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getRecycleBinMediaRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRecycleBinMediaRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaRecycleBinItemResponse> getRecycleBinMediaRootStream(int pageSize) {
		return getRecycleBinMediaRootAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/media/ancestors} ({@code GetTreeMediaAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/media/ancestors")
	Mono<List<MediaTreeItemResponse>> getTreeMediaAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/media/children} ({@code GetTreeMediaChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param dataTypeId the {@code dataTypeId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/media/children")
	Mono<Page<MediaTreeItemResponse>> getTreeMediaChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "dataTypeId", required = false) UUID dataTypeId);

	/**
	 * Every item of {@link #getTreeMediaChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeMediaChildren}
	 * @param dataTypeId see {@link #getTreeMediaChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaTreeItemResponse> getTreeMediaChildrenAll(UUID parentId, UUID dataTypeId, int pageSize) {
		return Paging.flux((skip, take) -> getTreeMediaChildren(parentId, skip, take, dataTypeId), pageSize);
	}

	/**
	 * Every item of {@link #getTreeMediaChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeMediaChildren}
	 * @param dataTypeId see {@link #getTreeMediaChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaTreeItemResponse> getTreeMediaChildrenStream(UUID parentId, UUID dataTypeId, int pageSize) {
		return getTreeMediaChildrenAll(parentId, dataTypeId, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/media/root} ({@code GetTreeMediaRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param dataTypeId the {@code dataTypeId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/media/root")
	Mono<Page<MediaTreeItemResponse>> getTreeMediaRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "dataTypeId", required = false) UUID dataTypeId);

	/**
	 * Every item of {@link #getTreeMediaRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param dataTypeId see {@link #getTreeMediaRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MediaTreeItemResponse> getTreeMediaRootAll(UUID dataTypeId, int pageSize) {
		return Paging.flux((skip, take) -> getTreeMediaRoot(skip, take, dataTypeId), pageSize);
	}

	/**
	 * Every item of {@link #getTreeMediaRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param dataTypeId see {@link #getTreeMediaRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MediaTreeItemResponse> getTreeMediaRootStream(UUID dataTypeId, int pageSize) {
		return getTreeMediaRootAll(dataTypeId, pageSize).toStream();
	}

}
