package io.github.umbracomgmt.client;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.client.model.RuntimeLevel;
import io.github.umbracomgmt.client.model.ServerStatusResponse;
import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.http.UmbracoBearerFilter;

/**
 * Cheap checks of an Umbraco site: whether it runs, and which version it is, e.g. to fail fast at startup when a
 * site is older than the features an integration uses.
 *
 * <pre class="code">
 * probe.requireVersion("15.0.0").block();   // throws UmbracoException naming both versions
 * </pre>
 *
 * @author umbraco-mgmt
 */
public final class UmbracoServerProbe {

	private static final String STATUS_PATH = "/umbraco/management/api/v1/server/status";

	private final UmbracoServerClient server;

	private final WebClient webClient;

	/**
	 * Creates a probe.
	 * @param server the server client
	 * @param webClient the authenticated {@code umbracoWebClient}, used without a token for the status
	 */
	public UmbracoServerProbe(UmbracoServerClient server, WebClient webClient) {
		this.server = server;
		this.webClient = webClient;
	}

	/**
	 * Whether the site reports the runtime level {@code Run} ({@code GET /server/status}). Sent without a token, as
	 * Umbraco answers it anonymously, so it also works while the site is installing or no token can be had.
	 * @return {@code true} when the site is running normally (not installing, upgrading or failed); fails with an
	 * {@link io.github.umbracomgmt.error.UmbracoException} when the site does not answer
	 */
	public Mono<Boolean> isRunning() {
		return status().map((level) -> RuntimeLevel.RUN.equals(level));
	}

	/**
	 * The runtime level the site reports ({@code GET /server/status}, sent without a token).
	 * @return e.g. {@link RuntimeLevel#RUN}, {@code Install}, {@code Upgrade}, {@code BootFailed}
	 */
	public Mono<RuntimeLevel> status() {
		return this.webClient.get()
			.uri(STATUS_PATH)
			.attribute(UmbracoBearerFilter.ANONYMOUS_ATTRIBUTE, Boolean.TRUE)
			.retrieve()
			.bodyToMono(ServerStatusResponse.class)
			.map(ServerStatusResponse::serverStatus);
	}

	/**
	 * The version the site runs ({@code GET /server/information}).
	 * @return the version
	 */
	public Mono<UmbracoVersion> version() {
		return this.server.getServerInformation().map((information) -> UmbracoVersion.parse(information.version()));
	}

	/**
	 * Fails unless the site runs at least the given version.
	 * @param minimum e.g. {@code 15.0.0}
	 * @return the site's version; fails with {@link UmbracoException} when it is older
	 */
	public Mono<UmbracoVersion> requireVersion(String minimum) {
		UmbracoVersion required = UmbracoVersion.parse(minimum);
		return version().flatMap((actual) -> (actual.compareTo(required) >= 0) ? Mono.just(actual)
				: Mono.error(new UmbracoException(
						"The Umbraco site runs " + actual + ", older than the required " + required, null)));
	}

}
