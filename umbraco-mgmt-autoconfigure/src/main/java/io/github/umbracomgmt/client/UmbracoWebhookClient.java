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

import io.github.umbracomgmt.client.model.CreateWebhookRequest;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateWebhookRequest;
import io.github.umbracomgmt.client.model.WebhookEvent;
import io.github.umbracomgmt.client.model.WebhookItemResponse;
import io.github.umbracomgmt.client.model.WebhookLogResponse;
import io.github.umbracomgmt.client.model.WebhookResponse;

/**
 * The {@code Webhook} operations of the Umbraco Management API (9 operations), as the OpenAPI
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
public interface UmbracoWebhookClient {

	/**
	 * {@code GET /umbraco/management/api/v1/item/webhook} ({@code GetItemWebhook}).
	 * @param id the {@code id} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/webhook")
	Mono<List<WebhookItemResponse>> getItemWebhook(@RequestParam(name = "id", required = false) List<UUID> id);

	/**
	 * {@code GET /umbraco/management/api/v1/webhook} ({@code GetWebhook}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/webhook")
	Mono<Page<WebhookResponse>> getWebhook(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getWebhook}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<WebhookResponse> getWebhookAll(int pageSize) {
		return Paging.flux((skip, take) -> getWebhook(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getWebhook} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<WebhookResponse> getWebhookStream(int pageSize) {
		return getWebhookAll(pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/webhook} ({@code PostWebhook}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/webhook")
	Mono<ResponseEntity<Void>> postWebhook(@RequestBody CreateWebhookRequest body);

	/**
	 * Like {@link #postWebhook}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postWebhook}
	 * @return the created resource
	 */
	default Mono<Created> createWebhook(CreateWebhookRequest body) {
		return postWebhook(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/webhook/{id}} ({@code GetWebhookById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/webhook/{id}")
	Mono<WebhookResponse> getWebhookById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/webhook/{id}} ({@code DeleteWebhookById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/webhook/{id}")
	Mono<ResponseEntity<Void>> deleteWebhookById(@PathVariable("id") UUID id);

	/**
	 * {@code PUT /umbraco/management/api/v1/webhook/{id}} ({@code PutWebhookById}).
	 * @param id the {@code id} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/webhook/{id}")
	Mono<ResponseEntity<Void>> putWebhookById(@PathVariable("id") UUID id, @RequestBody UpdateWebhookRequest body);

	/**
	 * {@code GET /umbraco/management/api/v1/webhook/{id}/logs} ({@code GetWebhookByIdLogs}).
	 * @param id the {@code id} path parameter
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/webhook/{id}/logs")
	Mono<Page<WebhookLogResponse>> getWebhookByIdLogs(@PathVariable("id") UUID id,
			@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getWebhookByIdLogs}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param id see {@link #getWebhookByIdLogs}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<WebhookLogResponse> getWebhookByIdLogsAll(UUID id, int pageSize) {
		return Paging.flux((skip, take) -> getWebhookByIdLogs(id, skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getWebhookByIdLogs} as a blocking stream, requesting pages lazily; close it when done.
	 * @param id see {@link #getWebhookByIdLogs}
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<WebhookLogResponse> getWebhookByIdLogsStream(UUID id, int pageSize) {
		return getWebhookByIdLogsAll(id, pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/webhook/events} ({@code GetWebhookEvents}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/webhook/events")
	Mono<Page<WebhookEvent>> getWebhookEvents(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getWebhookEvents}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<WebhookEvent> getWebhookEventsAll(int pageSize) {
		return Paging.flux((skip, take) -> getWebhookEvents(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getWebhookEvents} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<WebhookEvent> getWebhookEventsStream(int pageSize) {
		return getWebhookEventsAll(pageSize).toStream();
	}

	/**
	 * {@code GET /umbraco/management/api/v1/webhook/logs} ({@code GetWebhookLogs}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/webhook/logs")
	Mono<Page<WebhookLogResponse>> getWebhookLogs(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getWebhookLogs}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<WebhookLogResponse> getWebhookLogsAll(int pageSize) {
		return Paging.flux((skip, take) -> getWebhookLogs(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getWebhookLogs} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<WebhookLogResponse> getWebhookLogsStream(int pageSize) {
		return getWebhookLogsAll(pageSize).toStream();
	}

}
