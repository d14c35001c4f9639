package io.github.umbracomgmt.client;

import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.SearchResultResponse;
import io.github.umbracomgmt.client.model.SearcherResponse;

/**
 * The {@code Searcher} operations of the Umbraco Management API (2 operations), as the OpenAPI
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
public interface UmbracoSearcherClient {

	/**
	 * {@code GET /umbraco/management/api/v1/searcher} ({@code GetSearcher}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/searcher")
	Mono<Page<SearcherResponse>> getSearcher(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getSearcher}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<SearcherResponse> getSearcherAll(int pageSize) {
		return Paging.flux((skip, take) -> getSearcher(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getSearcher} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<SearcherResponse> getSearcherStream(int pageSize) {
		return getSearcherAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/searcher/{searcherName}/query} ({@code GetSearcherBySearcherNameQuery}).
	 * @param searcherName the {@code searcherName} path parameter
	 * @param term the {@code term} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/searcher/{searcherName}/query")
	Mono<Page<SearchResultResponse>> getSearcherBySearcherNameQuery(@PathVariable("searcherName") String searcherName,
			@RequestParam(name = "term", required = false) String term,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getSearcherBySearcherNameQuery}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param searcherName see {@link #getSearcherBySearcherNameQuery}
	 * @param term see {@link #getSearcherBySearcherNameQuery}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<SearchResultResponse> getSearcherBySearcherNameQueryAll(String searcherName, String term, int pageSize) {
		return Paging.flux((skip, take) -> getSearcherBySearcherNameQuery(searcherName, term, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getSearcherBySearcherNameQuery} as a blocking stream, requesting pages lazily; close it when done.
	 * @param searcherName see {@link #getSearcherBySearcherNameQuery}
	 * @param term see {@link #getSearcherBySearcherNameQuery}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<SearchResultResponse> getSearcherBySearcherNameQueryStream(String searcherName, String term, int pageSize) {
		return getSearcherBySearcherNameQueryAll(searcherName, term, pageSize).toStream();
	}

}
