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
import io.github.umbracomgmt.client.model.CopyDocumentRequest;
import io.github.umbracomgmt.client.model.CreateDocumentRequest;
import io.github.umbracomgmt.client.model.Direction;
import io.github.umbracomgmt.client.model.DocumentCollectionResponse;
import io.github.umbracomgmt.client.model.DocumentConfigurationResponse;
import io.github.umbracomgmt.client.model.DocumentItemResponse;
import io.github.umbracomgmt.client.model.DocumentNotificationResponse;
import io.github.umbracomgmt.client.model.DocumentRecycleBinItemResponse;
import io.github.umbracomgmt.client.model.DocumentResponse;
import io.github.umbracomgmt.client.model.DocumentTreeItemResponse;
import io.github.umbracomgmt.client.model.DocumentUrlInfoResponse;
import io.github.umbracomgmt.client.model.DomainsResponse;
import io.github.umbracomgmt.client.model.MoveDocumentRequest;
import io.github.umbracomgmt.client.model.MoveMediaRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.PublicAccessRequest;
import io.github.umbracomgmt.client.model.PublicAccessResponse;
import io.github.umbracomgmt.client.model.PublishDocumentRequest;
import io.github.umbracomgmt.client.model.PublishDocumentWithDescendantsRequest;
import io.github.umbracomgmt.client.model.PublishWithDescendantsResult;
import io.github.umbracomgmt.client.model.PublishedDocumentResponse;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.ReferenceResponse;
import io.github.umbracomgmt.client.model.SortingRequest;
import io.github.umbracomgmt.client.model.UnpublishDocumentRequest;
import io.github.umbracomgmt.client.model.UpdateDocumentNotificationsRequest;
import io.github.umbracomgmt.client.model.UpdateDocumentRequest;
import io.github.umbracomgmt.client.model.UpdateDomainsRequest;
import io.github.umbracomgmt.client.model.ValidateUpdateDocumentRequest;

/**
 * The {@code Document} operations of the Umbraco Management API (42 operations), as the OpenAPI
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
public interface UmbracoDocumentClient {

	/**
	 * {@code GET /umbraco/management/api/v1/collection/document/{id}} ({@code GetCollectionDocumentById}).
	 * @param id the {@code id} path parameter
	 * @param dataTypeId the {@code dataTypeId} query parameter
	 * @param orderBy the {@code orderBy} query parameter
	 * @param orderCulture the {@code orderCulture} query parameter
	 * @param orderDirection the {@code orderDirection} query parameter
	 * @param filter the {@code filter} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/collection/document/{id}")
	Mono<Page<DocumentCollectionResponse>> getCollectionDocumentById(@PathVariable("id") UUID id,
			@RequestParam(name = "dataTypeId", required = false) UUID dataTypeId,
			@RequestParam(name = "orderBy", required = false) String orderBy,
			@RequestParam(name = "orderCulture", required = false) String orderCulture,
			@RequestParam(name = "orderDirection", required = false) Direction orderDirection,
			@RequestParam(name = "filter", required = false) String filter,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getCollectionDocumentById}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getCollectionDocumentById}
	 * @param dataTypeId see {@link #getCollectionDocumentById}
	 * @param orderBy see {@link #getCollectionDocumentById}
	 * @param orderCulture see {@link #getCollectionDocumentById}
	 * @param orderDirection see {@link #getCollectionDocumentById}
	 * @param filter see {@link #getCollectionDocumentById}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentCollectionResponse> getCollectionDocumentByIdAll(UUID id, UUID dataTypeId, String orderBy, String orderCulture, Direction orderDirection, String filter, int pageSize) {
		return Paging.flux((skip, take) -> getCollectionDocumentById(id, dataTypeId, orderBy, orderCulture, orderDirection, filter, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getCollectionDocumentById} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getCollectionDocumentById}
	 * @param dataTypeId see {@link #getCollectionDocumentById}
	 * @param orderBy see {@link #getCollectionDocumentById}
	 * @param orderCulture see {@link #getCollectionDocumentById}
	 * @param orderDirection see {@link #getCollectionDocumentById}
	 * @param filter see {@link #getCollectionDocumentById}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentCollectionResponse> getCollectionDocumentByIdStream(UUID id, UUID dataTypeId, String orderBy, String orderCulture, Direction orderDirection, String filter, int pageSize) {
		return getCollectionDocumentByIdAll(id, dataTypeId, orderBy, orderCulture, orderDirection, filter, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/document} ({@code PostDocument}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document")
	Mono<ResponseEntity<Void>> postDocument(@RequestBody CreateDocumentRequest body);

	/**
	 * Like {@link #postDocument}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDocument}
	 * @return the created resource
	 */
	default Mono<Created> createDocument(CreateDocumentRequest body) {
		return postDocument(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}} ({@code GetDocumentById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}")
	Mono<DocumentResponse> getDocumentById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/document/{id}} ({@code DeleteDocumentById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/document/{id}")
	Mono<ResponseEntity<Void>> deleteDocumentById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}} ({@code PutDocumentById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}")
	Mono<ResponseEntity<Void>> putDocumentById(@PathVariable("id") UUID id, @RequestBody UpdateDocumentRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/audit-log} ({@code GetDocumentByIdAuditLog}).
	 * @param id the {@code id} path parameter
	 * @param orderDirection the {@code orderDirection} query parameter
	 * @param sinceDate the {@code sinceDate} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/audit-log")
	Mono<Page<AuditLogResponse>> getDocumentByIdAuditLog(@PathVariable("id") UUID id,
			@RequestParam(name = "orderDirection", required = false) Direction orderDirection,
			@RequestParam(name = "sinceDate", required = false) OffsetDateTime sinceDate,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentByIdAuditLog}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getDocumentByIdAuditLog}
	 * @param orderDirection see {@link #getDocumentByIdAuditLog}
	 * @param sinceDate see {@link #getDocumentByIdAuditLog}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<AuditLogResponse> getDocumentByIdAuditLogAll(UUID id, Direction orderDirection, OffsetDateTime sinceDate, int pageSize) {
		return Paging.flux((skip, take) -> getDocumentByIdAuditLog(id, orderDirection, sinceDate, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentByIdAuditLog} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getDocumentByIdAuditLog}
	 * @param orderDirection see {@link #getDocumentByIdAuditLog}
	 * @param sinceDate see {@link #getDocumentByIdAuditLog}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<AuditLogResponse> getDocumentByIdAuditLogStream(UUID id, Direction orderDirection, OffsetDateTime sinceDate, int pageSize) {
		return getDocumentByIdAuditLogAll(id, orderDirection, sinceDate, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/document/{id}/copy} ({@code PostDocumentByIdCopy}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document/{id}/copy")
	Mono<ResponseEntity<Void>> postDocumentByIdCopy(@PathVariable("id") UUID id, @RequestBody CopyDocumentRequest body);

	/**
	 * Like {@link #postDocumentByIdCopy}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param id see {@link #postDocumentByIdCopy}
	 * @param body see {@link #postDocumentByIdCopy}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentByIdCopy(UUID id, CopyDocumentRequest body) {
		return postDocumentByIdCopy(id, body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/domains} ({@code GetDocumentByIdDomains}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/domains")
	Mono<DomainsResponse> getDocumentByIdDomains(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/domains} ({@code PutDocumentByIdDomains}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/domains")
	Mono<ResponseEntity<Void>> putDocumentByIdDomains(@PathVariable("id") UUID id,
			@RequestBody UpdateDomainsRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/move} ({@code PutDocumentByIdMove}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/move")
	Mono<ResponseEntity<Void>> putDocumentByIdMove(@PathVariable("id") UUID id, @RequestBody MoveDocumentRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/move-to-recycle-bin} ({@code PutDocumentByIdMoveToRecycleBin}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/move-to-recycle-bin")
	Mono<ResponseEntity<Void>> putDocumentByIdMoveToRecycleBin(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/notifications} ({@code GetDocumentByIdNotifications}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/notifications")
	Mono<List<DocumentNotificationResponse>> getDocumentByIdNotifications(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/notifications} ({@code PutDocumentByIdNotifications}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/notifications")
	Mono<ResponseEntity<Void>> putDocumentByIdNotifications(@PathVariable("id") UUID id,
			@RequestBody UpdateDocumentNotificationsRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/document/{id}/public-access} ({@code PostDocumentByIdPublicAccess}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document/{id}/public-access")
	Mono<ResponseEntity<Void>> postDocumentByIdPublicAccess(@PathVariable("id") UUID id,
			@RequestBody PublicAccessRequest body);

	/**
	 * Like {@link #postDocumentByIdPublicAccess}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param id see {@link #postDocumentByIdPublicAccess}
	 * @param body see {@link #postDocumentByIdPublicAccess}
	 * @return the created resource
	 */
	default Mono<Created> createDocumentByIdPublicAccess(UUID id, PublicAccessRequest body) {
		return postDocumentByIdPublicAccess(id, body).map(Created::from);
	}

	/**
	 * {@code DELETE /umbraco/management/api/v1/document/{id}/public-access} ({@code DeleteDocumentByIdPublicAccess}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/document/{id}/public-access")
	Mono<ResponseEntity<Void>> deleteDocumentByIdPublicAccess(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/public-access} ({@code GetDocumentByIdPublicAccess}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/public-access")
	Mono<PublicAccessResponse> getDocumentByIdPublicAccess(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/public-access} ({@code PutDocumentByIdPublicAccess}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/public-access")
	Mono<ResponseEntity<Void>> putDocumentByIdPublicAccess(@PathVariable("id") UUID id,
			@RequestBody PublicAccessRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/publish} ({@code PutDocumentByIdPublish}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/publish")
	Mono<ResponseEntity<Void>> putDocumentByIdPublish(@PathVariable("id") UUID id,
			@RequestBody PublishDocumentRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/publish-with-descendants} ({@code PutDocumentByIdPublishWithDescendants}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response body
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/publish-with-descendants")
	Mono<PublishWithDescendantsResult> putDocumentByIdPublishWithDescendants(@PathVariable("id") UUID id,
			@RequestBody PublishDocumentWithDescendantsRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/publish-with-descendants/result/{taskId}} ({@code GetDocumentByIdPublishWithDescendantsResultByTaskId}).
	 * @param id the {@code id} path parameter
	 * @param taskId the {@code taskId} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/publish-with-descendants/result/{taskId}")
	Mono<PublishWithDescendantsResult> getDocumentByIdPublishWithDescendantsResultByTaskId(@PathVariable("id") UUID id,
			@PathVariable("taskId") UUID taskId);

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/published} ({@code GetDocumentByIdPublished}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/published")
	Mono<PublishedDocumentResponse> getDocumentByIdPublished(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/referenced-by} ({@code GetDocumentByIdReferencedBy}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/referenced-by")
	Mono<Page<ReferenceResponse>> getDocumentByIdReferencedBy(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentByIdReferencedBy}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getDocumentByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceResponse> getDocumentByIdReferencedByAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getDocumentByIdReferencedBy(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentByIdReferencedBy} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getDocumentByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceResponse> getDocumentByIdReferencedByStream(UUID id, int pageSize) {
		return getDocumentByIdReferencedByAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document/{id}/referenced-descendants} ({@code GetDocumentByIdReferencedDescendants}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/{id}/referenced-descendants")
	Mono<Page<ReferenceById>> getDocumentByIdReferencedDescendants(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentByIdReferencedDescendants}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getDocumentByIdReferencedDescendants}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceById> getDocumentByIdReferencedDescendantsAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getDocumentByIdReferencedDescendants(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentByIdReferencedDescendants} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getDocumentByIdReferencedDescendants}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceById> getDocumentByIdReferencedDescendantsStream(UUID id, int pageSize) {
		return getDocumentByIdReferencedDescendantsAll(id, pageSize).toStream();
	}

	/**
	 * {@code PUT /umbraco/management/api/v1/document/{id}/unpublish} ({@code PutDocumentByIdUnpublish}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/{id}/unpublish")
	Mono<ResponseEntity<Void>> putDocumentByIdUnpublish(@PathVariable("id") UUID id,
			@RequestBody UnpublishDocumentRequest body);

	/**
	 * {@code PUT /umbraco/management/api/v1.1/document/{id}/validate} ({@code PutUmbracoManagementApiV1.1DocumentByIdValidate1.1}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1.1/document/{id}/validate")
	Mono<ResponseEntity<Void>> putDocumentByIdValidateV1_1(@PathVariable("id") UUID id,
			@RequestBody ValidateUpdateDocumentRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document/are-referenced} ({@code GetDocumentAreReferenced}).
	 * @param id the {@code id} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/are-referenced")
	Mono<Page<ReferenceById>> getDocumentAreReferenced(@RequestParam(name = "id", required = false) List<UUID> id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentAreReferenced}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getDocumentAreReferenced}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceById> getDocumentAreReferencedAll(List<UUID> id, int pageSize) {
		return Paging.flux((skip, take) -> getDocumentAreReferenced(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentAreReferenced} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getDocumentAreReferenced}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceById> getDocumentAreReferencedStream(List<UUID> id, int pageSize) {
		return getDocumentAreReferencedAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document/configuration} ({@code GetDocumentConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/configuration")
	Mono<DocumentConfigurationResponse> getDocumentConfiguration();

	/**
	 * {@code PUT /umbraco/management/api/v1/document/sort} ({@code PutDocumentSort}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document/sort")
	Mono<ResponseEntity<Void>> putDocumentSort(@RequestBody SortingRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/document/urls} ({@code GetDocumentUrls}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document/urls")
	Mono<List<DocumentUrlInfoResponse>> getDocumentUrls(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code POST /umbraco/management/api/v1/document/validate} ({@code PostDocumentValidate}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document/validate")
	Mono<ResponseEntity<Void>> postDocumentValidate(@RequestBody CreateDocumentRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/item/document} ({@code GetItemDocument}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/document")
	Mono<List<DocumentItemResponse>> getItemDocument(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/document/search} ({@code GetItemDocumentSearch}).
	 * @param query the {@code query} query parameter
	 * @param trashed the {@code trashed} query parameter
	 * @param culture the {@code culture} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param parentId the {@code parentId} query parameter
	 * @param allowedDocumentTypes the {@code allowedDocumentTypes} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/document/search")
	Mono<Page<DocumentItemResponse>> getItemDocumentSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "trashed", required = false) Boolean trashed,
			@RequestParam(name = "culture", required = false) String culture,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "allowedDocumentTypes", required = false) List<UUID> allowedDocumentTypes);

	/**
	 * Every item of {@link #getItemDocumentSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemDocumentSearch}
	 * @param trashed see {@link #getItemDocumentSearch}
	 * @param culture see {@link #getItemDocumentSearch}
	 * @param parentId see {@link #getItemDocumentSearch}
	 * @param allowedDocumentTypes see {@link #getItemDocumentSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentItemResponse> getItemDocumentSearchAll(String query, Boolean trashed, String culture, UUID parentId, List<UUID> allowedDocumentTypes, int pageSize) {
		return Paging.flux((skip, take) -> getItemDocumentSearch(query, trashed, culture, skip, take, parentId, allowedDocumentTypes), pageSize);
	}

	/**
	 * Every item of {@link #getItemDocumentSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemDocumentSearch}
	 * @param trashed see {@link #getItemDocumentSearch}
	 * @param culture see {@link #getItemDocumentSearch}
	 * @param parentId see {@link #getItemDocumentSearch}
	 * @param allowedDocumentTypes see {@link #getItemDocumentSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentItemResponse> getItemDocumentSearchStream(String query, Boolean trashed, String culture, UUID parentId, List<UUID> allowedDocumentTypes, int pageSize) {
		return getItemDocumentSearchAll(query, trashed, culture, parentId, allowedDocumentTypes, pageSize).toStream();
	}

	/**
	 * {@code DELETE /umbraco/management/api/v1/recycle-bin/document} ({@code DeleteRecycleBinDocument}).
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/recycle-bin/document")
	Mono<ResponseEntity<Void>> deleteRecycleBinDocument();

	/**
	 * {@code DELETE /umbraco/management/api/v1/recycle-bin/document/{id}} ({@code DeleteRecycleBinDocumentById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/recycle-bin/document/{id}")
	Mono<ResponseEntity<Void>> deleteRecycleBinDocumentById(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/document/{id}/original-parent} ({@code GetRecycleBinDocumentByIdOriginalParent}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/document/{id}/original-parent")
	Mono<ReferenceById> getRecycleBinDocumentByIdOriginalParent(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/recycle-bin/document/{id}/restore} ({@code PutRecycleBinDocumentByIdRestore}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/recycle-bin/document/{id}/restore")
	Mono<ResponseEntity<Void>> putRecycleBinDocumentByIdRestore(@PathVariable("id") UUID id,
			@RequestBody MoveMediaRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/document/children} ({@code GetRecycleBinDocumentChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/document/children")
	Mono<Page<DocumentRecycleBinItemResponse>> getRecycleBinDocumentChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRecycleBinDocumentChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getRecycleBinDocumentChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentRecycleBinItemResponse> getRecycleBinDocumentChildrenAll(UUID parentId, int pageSize) {
		return Paging.flux((skip, take) -> getRecycleBinDocumentChildren(parentId, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRecycleBinDocumentChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getRecycleBinDocumentChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentRecycleBinItemResponse> getRecycleBinDocumentChildrenStream(UUID parentId, int pageSize) {
		return getRecycleBinDocumentChildrenAll(parentId, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/document/referenced-by} ({@code GetRecycleBinDocumentReferencedBy}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/document/referenced-by")
	Mono<Page<ReferenceResponse>> getRecycleBinDocumentReferencedBy(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRecycleBinDocumentReferencedBy}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceResponse> getRecycleBinDocumentReferencedByAll(int pageSize) {
		return Paging.flux((skip, take) -> getRecycleBinDocumentReferencedBy(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRecycleBinDocumentReferencedBy} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceResponse> getRecycleBinDocumentReferencedByStream(int pageSize) {
		return getRecycleBinDocumentReferencedByAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/recycle-bin/document/root} ({@code GetRecycleBinDocumentRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/recycle-bin/document/root")
	Mono<Page<DocumentRecycleBinItemResponse>> getRecycleBinDocumentRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRecycleBinDocumentRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentRecycleBinItemResponse> getRecycleBinDocumentRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getRecycleBinDocumentRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRecycleBinDocumentRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentRecycleBinItemResponse> getRecycleBinDocumentRootStream(int pageSize) {
		return getRecycleBinDocumentRootAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document/ancestors} ({@code GetTreeDocumentAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document/ancestors")
	Mono<List<DocumentTreeItemResponse>> getTreeDocumentAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document/children} ({@code GetTreeDocumentChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param dataTypeId the {@code dataTypeId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document/children")
	Mono<Page<DocumentTreeItemResponse>> getTreeDocumentChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "dataTypeId", required = false) UUID dataTypeId);

	/**
	 * Every item of {@link #getTreeDocumentChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeDocumentChildren}
	 * @param dataTypeId see {@link #getTreeDocumentChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentTreeItemResponse> getTreeDocumentChildrenAll(UUID parentId, UUID dataTypeId, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDocumentChildren(parentId, skip, take, dataTypeId), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDocumentChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeDocumentChildren}
	 * @param dataTypeId see {@link #getTreeDocumentChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentTreeItemResponse> getTreeDocumentChildrenStream(UUID parentId, UUID dataTypeId, int pageSize) {
		return getTreeDocumentChildrenAll(parentId, dataTypeId, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/document/root} ({@code GetTreeDocumentRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param dataTypeId the {@code dataTypeId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/document/root")
	Mono<Page<DocumentTreeItemResponse>> getTreeDocumentRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "dataTypeId", required = false) UUID dataTypeId);

	/**
	 * Every item of {@link #getTreeDocumentRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param dataTypeId see {@link #getTreeDocumentRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentTreeItemResponse> getTreeDocumentRootAll(UUID dataTypeId, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDocumentRoot(skip, take, dataTypeId), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDocumentRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param dataTypeId see {@link #getTreeDocumentRoot}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentTreeItemResponse> getTreeDocumentRootStream(UUID dataTypeId, int pageSize) {
		return getTreeDocumentRootAll(dataTypeId, pageSize).toStream();
	}

}
