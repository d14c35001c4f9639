package io.github.umbracomgmt.client;

import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.TagResponse;

/**
 * The {@code Tag} operations of the Umbraco Management API (1 operations), as the OpenAPI
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
public interface UmbracoTagClient {

	/**
	 * {@code GET /umbraco/management/api/v1/tag} ({@code GetTag}).
	 * @param query the {@code query} query parameter
	 * @param tagGroup the {@code tagGroup} query parameter
	 * @param culture the {@code culture} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tag")
	Mono<Page<TagResponse>> getTag(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "tagGroup", required = false) String tagGroup,
			@RequestParam(name = "culture", required = false) String culture,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getTag}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getTag}
	 * @param tagGroup see {@link #getTag}
	 * @param culture see {@link #getTag}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<TagResponse> getTagAll(String query, String tagGroup, String culture, int pageSize) {
		return Paging.flux((skip, take) -> getTag(query, tagGroup, culture, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getTag} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getTag}
	 * @param tagGroup see {@link #getTag}
	 * @param culture see {@link #getTag}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<TagResponse> getTagStream(String query, String tagGroup, String culture, int pageSize) {
		return getTagAll(query, tagGroup, culture, pageSize).toStream();
	}

}
