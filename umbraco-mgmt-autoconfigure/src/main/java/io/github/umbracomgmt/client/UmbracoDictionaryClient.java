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

import io.github.umbracomgmt.client.model.CreateDictionaryItemRequest;
import io.github.umbracomgmt.client.model.DictionaryItemItemResponse;
import io.github.umbracomgmt.client.model.DictionaryItemResponse;
import io.github.umbracomgmt.client.model.DictionaryOverviewResponse;
import io.github.umbracomgmt.client.model.ImportDictionaryRequest;
import io.github.umbracomgmt.client.model.MoveDictionaryRequest;
import io.github.umbracomgmt.client.model.NamedEntityTreeItemResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateDictionaryItemRequest;

/**
 * The {@code Dictionary} operations of the Umbraco Management API (12 operations), as the OpenAPI
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
public interface UmbracoDictionaryClient {

	/**
	 * {@code GET /umbraco/management/api/v1/dictionary} ({@code GetDictionary}).
	 * @param filter the {@code filter} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/dictionary")
	Mono<Page<DictionaryOverviewResponse>> getDictionary(@RequestParam(name = "filter", required = false) String filter,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getDictionary}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param filter see {@link #getDictionary}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<DictionaryOverviewResponse> getDictionaryAll(String filter, int pageSize) {
		return Paging.flux((skip, take) -> getDictionary(filter, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getDictionary} as a blocking stream, requesting pages lazily; close it when done.
	 * @param filter see {@link #getDictionary}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<DictionaryOverviewResponse> getDictionaryStream(String filter, int pageSize) {
		return getDictionaryAll(filter, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/dictionary} ({@code PostDictionary}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/dictionary")
	Mono<ResponseEntity<Void>> postDictionary(@RequestBody CreateDictionaryItemRequest body);

	/**
	 * Like {@link #postDictionary}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDictionary}
	 * @return the created resource
	 */
	default Mono<Created> createDictionary(CreateDictionaryItemRequest body) {
		return postDictionary(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/dictionary/{id}} ({@code GetDictionaryById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/dictionary/{id}")
	Mono<DictionaryItemResponse> getDictionaryById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/dictionary/{id}} ({@code DeleteDictionaryById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/dictionary/{id}")
	Mono<ResponseEntity<Void>> deleteDictionaryById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/dictionary/{id}} ({@code PutDictionaryById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/dictionary/{id}")
	Mono<ResponseEntity<Void>> putDictionaryById(@PathVariable("id") UUID id,
			@RequestBody UpdateDictionaryItemRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/dictionary/{id}/export} ({@code GetDictionaryByIdExport}).
	 * @param id the {@code id} path parameter
	 * @param includeChildren the {@code includeChildren} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/dictionary/{id}/export", accept = "*/*")
	Mono<byte[]> getDictionaryByIdExport(@PathVariable("id") UUID id,
			@RequestParam(name = "includeChildren", required = false) Boolean includeChildren);

	/**
	 * {@code PUT /umbraco/management/api/v1/dictionary/{id}/move} ({@code PutDictionaryByIdMove}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/dictionary/{id}/move")
	Mono<ResponseEntity<Void>> putDictionaryByIdMove(@PathVariable("id") UUID id,
			@RequestBody MoveDictionaryRequest body);

	/**
	 * {@code POST /umbraco/management/api/v1/dictionary/import} ({@code PostDictionaryImport}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/dictionary/import")
	Mono<ResponseEntity<Void>> postDictionaryImport(@RequestBody ImportDictionaryRequest body);

	/**
	 * Like {@link #postDictionaryImport}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postDictionaryImport}
	 * @return the created resource
	 */
	default Mono<Created> createDictionaryImport(ImportDictionaryRequest body) {
		return postDictionaryImport(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/dictionary} ({@code GetItemDictionary}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/dictionary")
	Mono<List<DictionaryItemItemResponse>> getItemDictionary(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/dictionary/ancestors} ({@code GetTreeDictionaryAncestors}).
	 * @param descendantId the {@code descendantId} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/dictionary/ancestors")
	Mono<List<NamedEntityTreeItemResponse>> getTreeDictionaryAncestors(@RequestParam(name = "descendantId", required = false) UUID descendantId);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/dictionary/children} ({@code GetTreeDictionaryChildren}).
	 * @param parentId the {@code parentId} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/dictionary/children")
	Mono<Page<NamedEntityTreeItemResponse>> getTreeDictionaryChildren(@RequestParam(name = "parentId", required = false) UUID parentId,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getTreeDictionaryChildren}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param parentId see {@link #getTreeDictionaryChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<NamedEntityTreeItemResponse> getTreeDictionaryChildrenAll(UUID parentId, int pageSize) {
		return Paging.flux((skip, take) -> getTreeDictionaryChildren(parentId, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDictionaryChildren} as a blocking stream, requesting pages lazily; close it when done.
	 * @param parentId see {@link #getTreeDictionaryChildren}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<NamedEntityTreeItemResponse> getTreeDictionaryChildrenStream(UUID parentId, int pageSize) {
		return getTreeDictionaryChildrenAll(parentId, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/tree/dictionary/root} ({@code GetTreeDictionaryRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/dictionary/root")
	Mono<Page<NamedEntityTreeItemResponse>> getTreeDictionaryRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getTreeDictionaryRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<NamedEntityTreeItemResponse> getTreeDictionaryRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getTreeDictionaryRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getTreeDictionaryRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<NamedEntityTreeItemResponse> getTreeDictionaryRootStream(int pageSize) {
		return getTreeDictionaryRootAll(pageSize).toStream();
	}

}
