package io.github.umbracomgmt.client;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.client.model.RuntimeLevel;
import io.github.umbracomgmt.client.model.ServerStatusResponse;
import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.http.UmbracoBearerFilter;

/**
 * Cheap checks of an Umbraco site: whether it runs, and which version it is, e.g. to fail
 * fast at startup when a site is older than the features an integration uses.
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
	 * @param webClient the authenticated {@code umbracoWebClient}, used without a token
	 * for the status
	 */
	public UmbracoServerProbe(UmbracoServerClient server, WebClient webClient) {
		this.server = server;
		this.webClient = webClient;
	}

	/**
	 * Whether the site reports the runtime level {@code Run}
	 * ({@code GET /server/status}). Sent without a token, as Umbraco answers it
	 * anonymously, so it also works while the site is installing or no token can be had.
	 * @return {@code true} when the site is running normally (not installing, upgrading
	 * or failed); fails with an {@link io.github.umbracomgmt.error.UmbracoException} when
	 * the site does not answer
	 */
	public Mono<Boolean> isRunning() {
		return status().map((level) -> RuntimeLevel.RUN.equals(level));
	}

	/**
	 * The runtime level the site reports ({@code GET /server/status}, sent without a
	 * token).
	 * @return e.g. {@link RuntimeLevel#RUN}, {@code Install}, {@code Upgrade},
	 * {@code BootFailed}
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
	 * Whether the site's version has an operation of the typed clients, from the versions
	 * the operation carries ({@link UmbracoOperation}), e.g. to skip an Umbraco 18
	 * feature on a 17 site instead of calling it.
	 * @param operationId the operation id, e.g. {@code GetElementById}
	 * @return {@code true} when the site's version has the operation
	 * @throws IllegalArgumentException when no typed client declares the operation
	 */
	public Mono<Boolean> supports(String operationId) {
		UmbracoOperation operation = operation(operationId);
		return version().map((version) -> version.has(operation));
	}

	/**
	 * The versions of an operation of the typed clients.
	 * @param operationId the operation id, e.g. {@code GetElementById}
	 * @return the operation's annotation
	 * @throws IllegalArgumentException when no typed client declares the operation
	 */
	public static UmbracoOperation operation(String operationId) {
		UmbracoOperation operation = Operations.BY_ID.get(operationId);
		if (operation == null) {
			throw new IllegalArgumentException("No typed client declares the operation '" + operationId + "'");
		}
		return operation;
	}

	/**
	 * Fails unless the site runs at least the given version.
	 * @param minimum e.g. {@code 15.0.0}
	 * @return the site's version; fails with {@link UmbracoException} when it is older
	 */
	public Mono<UmbracoVersion> requireVersion(String minimum) {
		UmbracoVersion required = UmbracoVersion.parse(minimum);
		return version().flatMap(
				(actual) -> (actual.compareTo(required) >= 0) ? Mono.just(actual) : Mono.error(new UmbracoException(
						"The Umbraco site runs " + actual + ", older than the required " + required, null)));
	}

	/** The operations of every client type, read once when first needed. */
	private static final class Operations {

		static final Map<String, UmbracoOperation> BY_ID = Collections.unmodifiableMap(UmbracoClientTypes.ALL.stream()
			.flatMap((client) -> Arrays.stream(client.type().getMethods()))
			.map((method) -> method.getAnnotation(UmbracoOperation.class))
			.filter(Objects::nonNull)
			.collect(Collectors.toMap(UmbracoOperation::id, Function.identity(), (a, b) -> a)));

	}

}
