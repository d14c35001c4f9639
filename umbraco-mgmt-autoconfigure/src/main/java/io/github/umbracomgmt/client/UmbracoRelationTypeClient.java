package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.RelationTypeItemResponse;
import io.github.umbracomgmt.client.model.RelationTypeResponse;

/**
 * The {@code Relation Type} operations of the Umbraco Management API (3 operations), as the OpenAPI
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
public interface UmbracoRelationTypeClient {

	/**
	 * {@code GET /umbraco/management/api/v1/item/relation-type} ({@code GetItemRelationType}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/relation-type")
	Mono<List<RelationTypeItemResponse>> getItemRelationType(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/relation-type} ({@code GetRelationType}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/relation-type")
	Mono<Page<RelationTypeResponse>> getRelationType(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getRelationType}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<RelationTypeResponse> getRelationTypeAll(int pageSize) {
		return Paging.flux((skip, take) -> getRelationType(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getRelationType} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<RelationTypeResponse> getRelationTypeStream(int pageSize) {
		return getRelationTypeAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/relation-type/{id}} ({@code GetRelationTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/relation-type/{id}")
	Mono<RelationTypeResponse> getRelationTypeById(@PathVariable("id") UUID id);

}
