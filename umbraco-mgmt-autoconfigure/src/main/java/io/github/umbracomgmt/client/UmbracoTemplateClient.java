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

import io.github.umbracomgmt.client.model.CreateTemplateRequest;
import io.github.umbracomgmt.client.model.NamedEntityTreeItemResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.TemplateConfigurationResponse;
import io.github.umbracomgmt.client.model.TemplateItemResponse;
import io.github.umbracomgmt.client.model.TemplateQueryExecute;
import io.github.umbracomgmt.client.model.TemplateQueryResultResponse;
import io.github.umbracomgmt.client.model.TemplateQuerySettingsResponse;
import io.github.umbracomgmt.client.model.TemplateResponse;
import io.github.umbracomgmt.client.model.UpdateTemplateRequest;

/**
 * The {@code Template} operations of the Umbraco Management API (12 operations), as the OpenAPI
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
public interface UmbracoTemplateClient {

	/**
	 * {@code GET /umbraco/management/api/v1/item/template} ({@code GetItemTemplate}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/template")
	Mono<List<TemplateItemResponse>> getItemTemplate(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/template/search} ({@code GetItemTemplateSearch}).
	 * @param query the {@code query} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/template/search")
	Mono<Page<TemplateItemResponse>> getItemTemplateSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getItemTemplateSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemTemplateSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<TemplateItemResponse> getItemTemplateSearchAll(String query, int pageSize) {
		return Paging.flux((skip, take) -> getItemTemplateSearch(query, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getItemTemplateSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemTemplateSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<TemplateItemResponse> getItemTemplateSearchStream(String query, int pageSize) {
		return getItemTemplateSearchAll(query, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/template} ({@code PostTemplate}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/template")
	Mono<ResponseEntity<Void>> postTemplate(@RequestBody CreateTemplateRequest body);

	/**
	 * Like {@link #postTemplate}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postTemplate}
	 * @return the created resource
	 */
	default Mono<Created> createTemplate(CreateTemplateRequest body) {
		return postTemplate(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/template/{id}} ({@code GetTemplateById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/template/{id}")
	Mono<TemplateResponse> getTemplateById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/template/{id}} ({@code DeleteTemplateById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/template/{id}")
	Mono<ResponseEntity<Void>> deleteTemplateById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/template/{id}} ({@code PutTemplateById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/template/{id}")
	Mono<ResponseEntity<Void>> putTemplateById(@PathVariable("id") UUID id, @RequestBody UpdateTemplateRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/template/configuration} ({@code GetTemplateConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/template/configuration")
	Mono<TemplateConfigurationResponse> getTemplateConfiguration();

	/**
	 * {@code POST /umbraco/management/api/v1/template/query/execute} ({@code PostTemplateQueryExecute}).
	 * @param body the request body
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/template/query/execute")
	Mono<TemplateQueryResultResponse> postTemplateQueryExecute(@RequestBody TemplateQueryExecute body);

	/**
	 * {@code GET /umbraco/management/api/v1/template/query/settings} ({@code GetTemplateQuerySettings}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/template/query/settings")
	Mono<TemplateQuerySettingsResponse> getTemplateQuerySettings();

	/**
	 * {@code GET /umbraco/management/api/v1/tree/template/ancestors} ({@code GetTreeTemplateAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/template/ancestors")
	Mono<List<NamedEntityTreeItemResponse>> getTreeTemplateAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/template/children} ({@code GetTreeTemplateChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/template/children")
	Mono<Page<NamedEntityTreeItemResponse>> getTreeTemplateChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getTreeTemplateChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeTemplateChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<NamedEntityTreeItemResponse> getTreeTemplateChildrenAll(UUID parentId, int pageSize) {
		return Paging.flux((skip, take) -> getTreeTemplateChildren(parentId, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getTreeTemplateChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeTemplateChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<NamedEntityTreeItemResponse> getTreeTemplateChildrenStream(UUID parentId, int pageSize) {
		return getTreeTemplateChildrenAll(parentId, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/template/root} ({@code GetTreeTemplateRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/template/root")
	Mono<Page<NamedEntityTreeItemResponse>> getTreeTemplateRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getTreeTemplateRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<NamedEntityTreeItemResponse> getTreeTemplateRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getTreeTemplateRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getTreeTemplateRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<NamedEntityTreeItemResponse> getTreeTemplateRootStream(int pageSize) {
		return getTreeTemplateRootAll(pageSize).toStream();
	}

}
