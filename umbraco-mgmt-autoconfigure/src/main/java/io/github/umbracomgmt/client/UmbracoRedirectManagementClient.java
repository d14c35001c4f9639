package io.github.umbracomgmt.client;

import java.util.UUID;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.RedirectStatus;
import io.github.umbracomgmt.client.model.RedirectUrlResponse;
import io.github.umbracomgmt.client.model.RedirectUrlStatusResponse;

/**
 * The {@code Redirect Management} operations of the Umbraco Management API (5 operations), as the OpenAPI
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
public interface UmbracoRedirectManagementClient {

	/**
	 * {@code GET /umbraco/management/api/v1/redirect-management} ({@code GetRedirectManagement}).
	 * @param filter the {@code filter} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/redirect-management")
	Mono<Page<RedirectUrlResponse>> getRedirectManagement(@RequestParam(name = "filter", required = false) String filter,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRedirectManagement}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param filter see {@link #getRedirectManagement}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<RedirectUrlResponse> getRedirectManagementAll(String filter, int pageSize) {
		return Paging.flux((skip, take) -> getRedirectManagement(filter, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRedirectManagement} as a blocking stream, requesting pages lazily; close it when done.
	 * @param filter see {@link #getRedirectManagement}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<RedirectUrlResponse> getRedirectManagementStream(String filter, int pageSize) {
		return getRedirectManagementAll(filter, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/redirect-management/{id}} ({@code GetRedirectManagementById}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/redirect-management/{id}")
	Mono<Page<RedirectUrlResponse>> getRedirectManagementById(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRedirectManagementById}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getRedirectManagementById}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<RedirectUrlResponse> getRedirectManagementByIdAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getRedirectManagementById(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRedirectManagementById} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getRedirectManagementById}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<RedirectUrlResponse> getRedirectManagementByIdStream(UUID id, int pageSize) {
		return getRedirectManagementByIdAll(id, pageSize).toStream();
	}

	/**
	 * {@code DELETE /umbraco/management/api/v1/redirect-management/{id}} ({@code DeleteRedirectManagementById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/redirect-management/{id}")
	Mono<ResponseEntity<Void>> deleteRedirectManagementById(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/redirect-management/status} ({@code GetRedirectManagementStatus}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/redirect-management/status")
	Mono<RedirectUrlStatusResponse> getRedirectManagementStatus();

	/**
	 * {@code POST /umbraco/management/api/v1/redirect-management/status} ({@code PostRedirectManagementStatus}).
	 * @param status the {@code status} query parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/redirect-management/status")
	Mono<ResponseEntity<Void>> postRedirectManagementStatus(@RequestParam(name = "status", required = false) RedirectStatus status);

}
