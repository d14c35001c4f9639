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

import io.github.umbracomgmt.client.model.CreateMemberGroupRequest;
import io.github.umbracomgmt.client.model.MemberGroupItemResponse;
import io.github.umbracomgmt.client.model.MemberGroupResponse;
import io.github.umbracomgmt.client.model.NamedEntityTreeItemResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateMemberGroupRequest;

/**
 * The {@code Member Group} operations of the Umbraco Management API (7 operations), as the OpenAPI
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
public interface UmbracoMemberGroupClient {

	/**
	 * {@code GET /umbraco/management/api/v1/item/member-group} ({@code GetItemMemberGroup}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/member-group")
	Mono<List<MemberGroupItemResponse>> getItemMemberGroup(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/member-group} ({@code GetMemberGroup}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member-group")
	Mono<Page<MemberGroupResponse>> getMemberGroup(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getMemberGroup}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<MemberGroupResponse> getMemberGroupAll(int pageSize) {
		return Paging.flux((skip, take) -> getMemberGroup(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getMemberGroup} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<MemberGroupResponse> getMemberGroupStream(int pageSize) {
		return getMemberGroupAll(pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/member-group} ({@code PostMemberGroup}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/member-group")
	Mono<ResponseEntity<Void>> postMemberGroup(@RequestBody CreateMemberGroupRequest body);

	/**
	 * Like {@link #postMemberGroup}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postMemberGroup}
	 * @return the created resource
	 */
	default Mono<Created> createMemberGroup(CreateMemberGroupRequest body) {
		return postMemberGroup(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/member-group/{id}} ({@code GetMemberGroupById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/member-group/{id}")
	Mono<MemberGroupResponse> getMemberGroupById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/member-group/{id}} ({@code DeleteMemberGroupById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/member-group/{id}")
	Mono<ResponseEntity<Void>> deleteMemberGroupById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/member-group/{id}} ({@code PutMemberGroupById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/member-group/{id}")
	Mono<ResponseEntity<Void>> putMemberGroupById(@PathVariable("id") UUID id,
			@RequestBody UpdateMemberGroupRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/tree/member-group/root} ({@code GetTreeMemberGroupRoot}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/tree/member-group/root")
	Mono<Page<NamedEntityTreeItemResponse>> getTreeMemberGroupRoot(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getTreeMemberGroupRoot}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<NamedEntityTreeItemResponse> getTreeMemberGroupRootAll(int pageSize) {
		return Paging.flux((skip, take) -> getTreeMemberGroupRoot(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getTreeMemberGroupRoot} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<NamedEntityTreeItemResponse> getTreeMemberGroupRootStream(int pageSize) {
		return getTreeMemberGroupRootAll(pageSize).toStream();
	}

}
