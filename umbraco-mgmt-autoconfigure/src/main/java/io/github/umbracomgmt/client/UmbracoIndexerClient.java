package io.github.umbracomgmt.client;

import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

import io.github.umbracomgmt.client.model.IndexResponse;
import io.github.umbracomgmt.client.model.Page;

/**
 * The {@code Indexer} operations of the Umbraco Management API (3 operations), as the OpenAPI
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
public interface UmbracoIndexerClient {

	/**
	 * {@code GET /umbraco/management/api/v1/indexer} ({@code GetIndexer}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/indexer")
	Mono<Page<IndexResponse>> getIndexer(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getIndexer}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<IndexResponse> getIndexerAll(int pageSize) {
		return Paging.flux((skip, take) -> getIndexer(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getIndexer} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<IndexResponse> getIndexerStream(int pageSize) {
		return getIndexerAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/indexer/{indexName}} ({@code GetIndexerByIndexName}).
	 * @param indexName the {@code indexName} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/indexer/{indexName}")
	Mono<IndexResponse> getIndexerByIndexName(@PathVariable("indexName") String indexName);

	/**
	 * {@code POST /umbraco/management/api/v1/indexer/{indexName}/rebuild} ({@code PostIndexerByIndexNameRebuild}).
	 * @param indexName the {@code indexName} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/indexer/{indexName}/rebuild")
	Mono<ResponseEntity<Void>> postIndexerByIndexNameRebuild(@PathVariable("indexName") String indexName);

}
