package io.github.umbracomgmt.client;

import java.util.UUID;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

import io.github.umbracomgmt.client.model.DocumentVersionItemResponse;
import io.github.umbracomgmt.client.model.DocumentVersionResponse;
import io.github.umbracomgmt.client.model.Page;

/**
 * The {@code Document Version} operations of the Umbraco Management API (4 operations), as the OpenAPI
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
public interface UmbracoDocumentVersionClient {

	/**
	 * {@code GET /umbraco/management/api/v1/document-version} ({@code GetDocumentVersion}).
	 * @param documentId the {@code documentId} query parameter
	 * @param culture the {@code culture} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-version")
	Mono<Page<DocumentVersionItemResponse>> getDocumentVersion(@RequestParam(name = "documentId") UUID documentId,
			@RequestParam(name = "culture", required = false) String culture,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDocumentVersion}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param documentId see {@link #getDocumentVersion}
	 * @param culture see {@link #getDocumentVersion}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DocumentVersionItemResponse> getDocumentVersionAll(UUID documentId, String culture, int pageSize) {
		return Paging.flux((skip, take) -> getDocumentVersion(documentId, culture, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDocumentVersion} as a blocking stream, requesting pages lazily; close it when done.
	 * @param documentId see {@link #getDocumentVersion}
	 * @param culture see {@link #getDocumentVersion}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DocumentVersionItemResponse> getDocumentVersionStream(UUID documentId, String culture, int pageSize) {
		return getDocumentVersionAll(documentId, culture, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/document-version/{id}} ({@code GetDocumentVersionById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/document-version/{id}")
	Mono<DocumentVersionResponse> getDocumentVersionById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/document-version/{id}/prevent-cleanup} ({@code PutDocumentVersionByIdPreventCleanup}).
	 * @param id the {@code id} path parameter
	 * @param preventCleanup the {@code preventCleanup} query parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/document-version/{id}/prevent-cleanup")
	Mono<ResponseEntity<Void>> putDocumentVersionByIdPreventCleanup(@PathVariable("id") UUID id,
			@RequestParam(name = "preventCleanup", required = false) Boolean preventCleanup);

	/**
	 * {@code POST /umbraco/management/api/v1/document-version/{id}/rollback} ({@code PostDocumentVersionByIdRollback}).
	 * @param id the {@code id} path parameter
	 * @param culture the {@code culture} query parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/document-version/{id}/rollback")
	Mono<ResponseEntity<Void>> postDocumentVersionByIdRollback(@PathVariable("id") UUID id,
			@RequestParam(name = "culture", required = false) String culture);

}
