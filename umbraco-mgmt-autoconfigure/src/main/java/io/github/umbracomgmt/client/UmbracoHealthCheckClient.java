package io.github.umbracomgmt.client;

import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

import io.github.umbracomgmt.client.model.HealthCheckActionRequest;
import io.github.umbracomgmt.client.model.HealthCheckGroupPresentation;
import io.github.umbracomgmt.client.model.HealthCheckGroupResponse;
import io.github.umbracomgmt.client.model.HealthCheckGroupWithResultResponse;
import io.github.umbracomgmt.client.model.HealthCheckResultResponse;
import io.github.umbracomgmt.client.model.Page;

/**
 * The {@code Health Check} operations of the Umbraco Management API (4 operations), as the OpenAPI
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
public interface UmbracoHealthCheckClient {

	/**
	 * {@code GET /umbraco/management/api/v1/health-check-group} ({@code GetHealthCheckGroup}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/health-check-group")
	Mono<Page<HealthCheckGroupResponse>> getHealthCheckGroup(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getHealthCheckGroup}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<HealthCheckGroupResponse> getHealthCheckGroupAll(int pageSize) {
		return Paging.flux((skip, take) -> getHealthCheckGroup(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getHealthCheckGroup} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<HealthCheckGroupResponse> getHealthCheckGroupStream(int pageSize) {
		return getHealthCheckGroupAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/health-check-group/{name}} ({@code GetHealthCheckGroupByName}).
	 * @param name the {@code name} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/health-check-group/{name}")
	Mono<HealthCheckGroupPresentation> getHealthCheckGroupByName(@PathVariable("name") String name);

	/**
	 * {@code POST /umbraco/management/api/v1/health-check-group/{name}/check} ({@code PostHealthCheckGroupByNameCheck}).
	 * @param name the {@code name} path parameter
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/health-check-group/{name}/check")
	Mono<HealthCheckGroupWithResultResponse> postHealthCheckGroupByNameCheck(@PathVariable("name") String name);

	/**
	 * {@code POST /umbraco/management/api/v1/health-check/execute-action} ({@code PostHealthCheckExecuteAction}).
	 * @param body the request body
	 * @return the response body
	 */
	@PostExchange(url = "/umbraco/management/api/v1/health-check/execute-action")
	Mono<HealthCheckResultResponse> postHealthCheckExecuteAction(@RequestBody HealthCheckActionRequest body);

}
