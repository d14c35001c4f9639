package io.github.umbracomgmt.client;

import reactor.core.publisher.Mono;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

import io.github.umbracomgmt.client.model.ServerConfigurationResponse;
import io.github.umbracomgmt.client.model.ServerInformationResponse;
import io.github.umbracomgmt.client.model.ServerStatusResponse;
import io.github.umbracomgmt.client.model.ServerTroubleshootingResponse;
import io.github.umbracomgmt.client.model.UpgradeCheckResponse;

/**
 * The {@code Server} operations of the Umbraco Management API (5 operations), as the OpenAPI
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
public interface UmbracoServerClient {

	/**
	 * {@code GET /umbraco/management/api/v1/server/configuration} ({@code GetServerConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/server/configuration")
	Mono<ServerConfigurationResponse> getServerConfiguration();

	/**
	 * {@code GET /umbraco/management/api/v1/server/information} ({@code GetServerInformation}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/server/information")
	Mono<ServerInformationResponse> getServerInformation();

	/**
	 * {@code GET /umbraco/management/api/v1/server/status} ({@code GetServerStatus}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/server/status")
	Mono<ServerStatusResponse> getServerStatus();

	/**
	 * {@code GET /umbraco/management/api/v1/server/troubleshooting} ({@code GetServerTroubleshooting}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/server/troubleshooting")
	Mono<ServerTroubleshootingResponse> getServerTroubleshooting();

	/**
	 * {@code GET /umbraco/management/api/v1/server/upgrade-check} ({@code GetServerUpgradeCheck}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/server/upgrade-check")
	Mono<UpgradeCheckResponse> getServerUpgradeCheck();

}
