package io.github.umbracomgmt.client;

import reactor.core.publisher.Mono;

import io.github.umbracomgmt.client.model.RuntimeLevel;
import io.github.umbracomgmt.error.UmbracoException;

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

	private final UmbracoServerClient server;

	/**
	 * Creates a probe.
	 * @param server the server client
	 */
	public UmbracoServerProbe(UmbracoServerClient server) {
		this.server = server;
	}

	/**
	 * Whether the site reports the runtime level {@code Run} ({@code GET /server/status}, which needs no token).
	 * @return {@code true} when the site is running normally (not installing, upgrading or failed)
	 */
	public Mono<Boolean> isRunning() {
		return this.server.getServerStatus().map((status) -> RuntimeLevel.RUN.equals(status.serverStatus()));
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
