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

import io.github.umbracomgmt.client.model.CreateMemberRequest;
import io.github.umbracomgmt.client.model.Direction;
import io.github.umbracomgmt.client.model.MemberConfigurationResponse;
import io.github.umbracomgmt.client.model.MemberItemResponse;
import io.github.umbracomgmt.client.model.MemberResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.ReferenceResponse;
import io.github.umbracomgmt.client.model.UpdateMemberRequest;

/**
 * The {@code Member} operations of the Umbraco Management API (13 operations), as the OpenAPI
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
public interface UmbracoMemberClient {

	/**
	 * {@code GET /umbraco/management/api/v1/filter/member} ({@code GetFilterMember}).
	 * @param memberTypeId the {@code memberTypeId} query parameter
	 * @param memberGroupName the {@code memberGroupName} query parameter
	 * @param isApproved the {@code isApproved} query parameter
	 * @param isLockedOut the {@code isLockedOut} query parameter
	 * @param orderBy the {@code orderBy} query parameter
	 * @param orderDirection the {@code orderDirection} query parameter
	 * @param filter the {@code filter} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/filter/member")
	Mono<Page<MemberResponse>> getFilterMember(@RequestParam(name = "memberTypeId", required = false) UUID memberTypeId,
			@RequestParam(name = "memberGroupName", required = false) String memberGroupName,
			@RequestParam(name = "isApproved", required = false) Boolean isApproved,
			@RequestParam(name = "isLockedOut", required = false) Boolean isLockedOut,
			@RequestParam(name = "orderBy", required = false) String orderBy,
			@RequestParam(name = "orderDirection", required = false) Direction orderDirection,
			@RequestParam(name = "filter", required = false) String filter,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getFilterMember}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param memberTypeId see {@link #getFilterMember}
	 * @param memberGroupName see {@link #getFilterMember}
	 * @param isApproved see {@link #getFilterMember}
	 * @param isLockedOut see {@link #getFilterMember}
	 * @param orderBy see {@link #getFilterMember}
	 * @param orderDirection see {@link #getFilterMember}
	 * @param filter see {@link #getFilterMember}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MemberResponse> getFilterMemberAll(UUID memberTypeId, String memberGroupName, Boolean isApproved, Boolean isLockedOut, String orderBy, Direction orderDirection, String filter, int pageSize) {
		return Paging.flux((skip, take) -> getFilterMember(memberTypeId, memberGroupName, isApproved, isLockedOut, orderBy, orderDirection, filter, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getFilterMember} as a blocking stream, requesting pages lazily; close it when done.
	 * @param memberTypeId see {@link #getFilterMember}
	 * @param memberGroupName see {@link #getFilterMember}
	 * @param isApproved see {@link #getFilterMember}
	 * @param isLockedOut see {@link #getFilterMember}
	 * @param orderBy see {@link #getFilterMember}
	 * @param orderDirection see {@link #getFilterMember}
	 * @param filter see {@link #getFilterMember}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MemberResponse> getFilterMemberStream(UUID memberTypeId, String memberGroupName, Boolean isApproved, Boolean isLockedOut, String orderBy, Direction orderDirection, String filter, int pageSize) {
		return getFilterMemberAll(memberTypeId, memberGroupName, isApproved, isLockedOut, orderBy, orderDirection, filter, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/item/member} ({@code GetItemMember}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/member")
	Mono<List<MemberItemResponse>> getItemMember(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/item/member/search} ({@code GetItemMemberSearch}).
	 * @param query the {@code query} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @param allowedMemberTypes the {@code allowedMemberTypes} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/member/search")
	Mono<Page<MemberItemResponse>> getItemMemberSearch(@RequestParam(name = "query", required = false) String query,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take,
			@RequestParam(name = "allowedMemberTypes", required = false) List<UUID> allowedMemberTypes);

	/**
	 * Every item of {@link #getItemMemberSearch}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param query see {@link #getItemMemberSearch}
	 * @param allowedMemberTypes see {@link #getItemMemberSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MemberItemResponse> getItemMemberSearchAll(String query, List<UUID> allowedMemberTypes, int pageSize) {
		return Paging.flux((skip, take) -> getItemMemberSearch(query, skip, take, allowedMemberTypes), pageSize);
	}

	/**
	 * Every item of {@link #getItemMemberSearch} as a blocking stream, requesting pages lazily; close it when done.
	 * @param query see {@link #getItemMemberSearch}
	 * @param allowedMemberTypes see {@link #getItemMemberSearch}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MemberItemResponse> getItemMemberSearchStream(String query, List<UUID> allowedMemberTypes, int pageSize) {
		return getItemMemberSearchAll(query, allowedMemberTypes, pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/member} ({@code PostMember}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/member")
	Mono<ResponseEntity<Void>> postMember(@RequestBody CreateMemberRequest body);

	/**
	 * Like {@link #postMember}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postMember}
	 * @return the created resource
	 */
	default Mono<Created> createMember(CreateMemberRequest body) {
		return postMember(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/member/{id}} ({@code GetMemberById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member/{id}")
	Mono<MemberResponse> getMemberById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/member/{id}} ({@code DeleteMemberById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/member/{id}")
	Mono<ResponseEntity<Void>> deleteMemberById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/member/{id}} ({@code PutMemberById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/member/{id}")
	Mono<ResponseEntity<Void>> putMemberById(@PathVariable("id") UUID id, @RequestBody UpdateMemberRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/member/{id}/referenced-by} ({@code GetMemberByIdReferencedBy}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member/{id}/referenced-by")
	Mono<Page<ReferenceResponse>> getMemberByIdReferencedBy(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMemberByIdReferencedBy}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMemberByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceResponse> getMemberByIdReferencedByAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getMemberByIdReferencedBy(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMemberByIdReferencedBy} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMemberByIdReferencedBy}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceResponse> getMemberByIdReferencedByStream(UUID id, int pageSize) {
		return getMemberByIdReferencedByAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/member/{id}/referenced-descendants} ({@code GetMemberByIdReferencedDescendants}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member/{id}/referenced-descendants")
	Mono<Page<ReferenceById>> getMemberByIdReferencedDescendants(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMemberByIdReferencedDescendants}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMemberByIdReferencedDescendants}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceById> getMemberByIdReferencedDescendantsAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getMemberByIdReferencedDescendants(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMemberByIdReferencedDescendants} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMemberByIdReferencedDescendants}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceById> getMemberByIdReferencedDescendantsStream(UUID id, int pageSize) {
		return getMemberByIdReferencedDescendantsAll(id, pageSize).toStream();
	}

	/**
	 * {@code PUT /umbraco/management/api/v1/member/{id}/validate} ({@code PutMemberByIdValidate}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/member/{id}/validate")
	Mono<ResponseEntity<Void>> putMemberByIdValidate(@PathVariable("id") UUID id,
			@RequestBody UpdateMemberRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/member/are-referenced} ({@code GetMemberAreReferenced}).
	 * @param id the {@code id} query parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member/are-referenced")
	Mono<Page<ReferenceById>> getMemberAreReferenced(@RequestParam(name = "id", required = false) List<UUID> id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMemberAreReferenced}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getMemberAreReferenced}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<ReferenceById> getMemberAreReferencedAll(List<UUID> id, int pageSize) {
		return Paging.flux((skip, take) -> getMemberAreReferenced(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMemberAreReferenced} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getMemberAreReferenced}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<ReferenceById> getMemberAreReferencedStream(List<UUID> id, int pageSize) {
		return getMemberAreReferencedAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/member/configuration} ({@code GetMemberConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member/configuration")
	Mono<MemberConfigurationResponse> getMemberConfiguration();

	/**
	 * {@code POST /umbraco/management/api/v1/member/validate} ({@code PostMemberValidate}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/member/validate")
	Mono<ResponseEntity<Void>> postMemberValidate(@RequestBody CreateMemberRequest body);

}
