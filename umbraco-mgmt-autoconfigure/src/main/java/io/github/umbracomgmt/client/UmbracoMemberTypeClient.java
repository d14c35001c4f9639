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

import io.github.umbracomgmt.client.model.AvailableMemberTypeCompositionResponse;
import io.github.umbracomgmt.client.model.CreateMemberTypeRequest;
import io.github.umbracomgmt.client.model.MemberTypeCompositionRequest;
import io.github.umbracomgmt.client.model.MemberTypeCompositionResponse;
import io.github.umbracomgmt.client.model.MemberTypeConfigurationResponse;
import io.github.umbracomgmt.client.model.MemberTypeItemResponse;
import io.github.umbracomgmt.client.model.MemberTypeResponse;
import io.github.umbracomgmt.client.model.MemberTypeTreeItemResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateMemberTypeRequest;

/**
 * The {@code Member Type} operations of the Umbraco Management API (11 operations), as the OpenAPI
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
public interface UmbracoMemberTypeClient {

	/**
	 * {@code GET /umbraco/management/api/v1/item/member-type} ({@code GetItemMemberType}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/member-type")
	Mono<List<MemberTypeItemResponse>> getItemMemberType(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/member-type/search} ({@code GetItemMemberTypeSearch}).
	 * @param query the {@code query} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/member-type/search")
	Mono<Page<MemberTypeItemResponse>> getItemMemberTypeSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getItemMemberTypeSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemMemberTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MemberTypeItemResponse> getItemMemberTypeSearchAll(String query, int pageSize) {
		return Paging.flux((skip, take) -> getItemMemberTypeSearch(query, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getItemMemberTypeSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemMemberTypeSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MemberTypeItemResponse> getItemMemberTypeSearchStream(String query, int pageSize) {
		return getItemMemberTypeSearchAll(query, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/member-type} ({@code PostMemberType}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/member-type")
	Mono<ResponseEntity<Void>> postMemberType(@RequestBody CreateMemberTypeRequest body);

	/**
	 * Like {@link #postMemberType}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postMemberType}
	 * @return the created resource
	 */
	default Mono<Created> createMemberType(CreateMemberTypeRequest body) {
		return postMemberType(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/member-type/{id}} ({@code GetMemberTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member-type/{id}")
	Mono<MemberTypeResponse> getMemberTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/member-type/{id}} ({@code DeleteMemberTypeById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/member-type/{id}")
	Mono<ResponseEntity<Void>> deleteMemberTypeById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/member-type/{id}} ({@code PutMemberTypeById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/member-type/{id}")
	Mono<ResponseEntity<Void>> putMemberTypeById(@PathVariable("id") UUID id,
			@RequestBody UpdateMemberTypeRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/member-type/{id}/composition-references} ({@code GetMemberTypeByIdCompositionReferences}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member-type/{id}/composition-references")
	Mono<List<MemberTypeCompositionResponse>> getMemberTypeByIdCompositionReferences(@PathVariable("id") UUID id);

	/**
	 * {@code POST /umbraco/management/api/v1/member-type/{id}/copy} ({@code PostMemberTypeByIdCopy}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/member-type/{id}/copy")
	Mono<ResponseEntity<Void>> postMemberTypeByIdCopy(@PathVariable("id") UUID id);

	/**
	 * Like {@link #postMemberTypeByIdCopy}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param id see {@link #postMemberTypeByIdCopy}
	 * @return the created resource
	 */
	default Mono<Created> createMemberTypeByIdCopy(UUID id) {
		return postMemberTypeByIdCopy(id).map(Created::from);
	}

	/**
	 * {@code POST /umbraco/management/api/v1/member-type/available-compositions} ({@code PostMemberTypeAvailableCompositions}).
	 * @param body the request body
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/member-type/available-compositions")
	Mono<List<AvailableMemberTypeCompositionResponse>> postMemberTypeAvailableCompositions(@RequestBody MemberTypeCompositionRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/member-type/configuration} ({@code GetMemberTypeConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member-type/configuration")
	Mono<MemberTypeConfigurationResponse> getMemberTypeConfiguration();

	/**
	 * {@code GET /umbraco/management/api/v1/tree/member-type/root} ({@code GetTreeMemberTypeRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/member-type/root")
	Mono<Page<MemberTypeTreeItemResponse>> getTreeMemberTypeRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getTreeMemberTypeRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MemberTypeTreeItemResponse> getTreeMemberTypeRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getTreeMemberTypeRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getTreeMemberTypeRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MemberTypeTreeItemResponse> getTreeMemberTypeRootStream(int pageSize) {
		return getTreeMemberTypeRootAll(pageSize).toStream();
	}

}
