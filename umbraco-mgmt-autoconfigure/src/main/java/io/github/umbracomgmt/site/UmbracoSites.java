package io.github.umbracomgmt.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Every Umbraco site of the application by name: the default site
 * ({@code umbraco.management.*}) and the named ones
 * ({@code umbraco.management.sites.<name>.*}). Inject it and ask for a site:
 * <pre class="code">
 * UmbracoDocumentClient blog = sites.site("blog").client(UmbracoDocumentClient.class);
 * </pre>
 *
 * <p>
 * The named sites are not beans of their own, so this object runs their lifecycle: it
 * starts their token managers with the context and stops them when it closes, all at
 * once, each revoking its own token within its own timeout. The default site's parts are
 * beans and have their own lifecycle.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoSites implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(UmbracoSites.class);

	/**
	 * The lifecycle phase: just above the phase-0 infrastructure the revocation requests
	 * need.
	 */
	public static final int PHASE = 1;

	private final @Nullable UmbracoSite defaultSite;

	private final Map<String, UmbracoSite> named;

	private volatile boolean running;

	/**
	 * Creates the set of sites.
	 * @param defaultSite the default site, or {@code null} when only named sites are
	 * configured
	 * @param named the named sites by name, in configuration order
	 */
	public UmbracoSites(@Nullable UmbracoSite defaultSite, Map<String, UmbracoSite> named) {
		Assert.notNull(named, "named must not be null");
		Assert.isTrue(!named.containsKey(UmbracoSite.DEFAULT_NAME),
				() -> "'" + UmbracoSite.DEFAULT_NAME + "' names the default site");
		this.defaultSite = defaultSite;
		this.named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
	}

	/**
	 * The site of the given name.
	 * @param name a key below {@code umbraco.management.sites}, or
	 * {@value UmbracoSite#DEFAULT_NAME} for the default site
	 * @return the site
	 * @throws IllegalArgumentException when no site of that name is configured, naming
	 * the ones that are
	 */
	public UmbracoSite site(String name) {
		if (UmbracoSite.DEFAULT_NAME.equals(name) && this.defaultSite != null) {
			return this.defaultSite;
		}
		UmbracoSite site = this.named.get(name);
		if (site == null) {
			throw new IllegalArgumentException("No Umbraco site named '" + name + "' is configured; configured: "
					+ names() + ". Configure it under umbraco.management.sites." + name + ".*");
		}
		return site;
	}

	/**
	 * The site configured directly below {@code umbraco.management}.
	 * @return the default site
	 * @throws IllegalStateException when only named sites are configured
	 */
	public UmbracoSite defaultSite() {
		if (this.defaultSite == null) {
			throw new IllegalStateException(
					"No default Umbraco site is configured (umbraco.management.base-url); " + "configured: " + names());
		}
		return this.defaultSite;
	}

	/**
	 * The names of every configured site, the default site's
	 * ({@value UmbracoSite#DEFAULT_NAME}) first when it is configured.
	 * @return the names, in configuration order
	 */
	public Set<String> names() {
		Set<String> names = new LinkedHashSet<>();
		if (this.defaultSite != null) {
			names.add(UmbracoSite.DEFAULT_NAME);
		}
		names.addAll(this.named.keySet());
		return Collections.unmodifiableSet(names);
	}

	/**
	 * Every configured site, for features that cover all of them (health checks, for
	 * example).
	 * @return the default site first when it is configured, then the named ones in
	 * configuration order
	 */
	public List<UmbracoSite> all() {
		List<UmbracoSite> all = new ArrayList<>(this.named.size() + 1);
		if (this.defaultSite != null) {
			all.add(this.defaultSite);
		}
		all.addAll(this.named.values());
		return Collections.unmodifiableList(all);
	}

	@Override
	public void start() {
		this.named.values().forEach((site) -> site.tokenManager().start());
		this.running = true;
	}

	/**
	 * Stops the named sites' token managers, all at once: each revokes its token within
	 * its own timeout, so shutdown waits for the slowest revocation, not for their sum.
	 * Blocks until then, also for {@link #stop(Runnable)}: the lifecycle processor stops
	 * the sites' connectors (whose stop shuts their connection pools down) right after
	 * this, without waiting for a callback.
	 */
	@Override
	public void stop() {
		shutdown().block();
	}

	private Mono<Void> shutdown() {
		return Mono.defer(() -> {
			this.running = false;
			return Flux.fromIterable(this.named.values())
				.flatMap((site) -> Mono.defer(() -> site.tokenManager().shutdown()).onErrorResume((ex) -> {
					// one site's failure must not keep the others from revoking their
					// tokens
					logger.debug("Could not stop the token manager of Umbraco site '" + site.name() + "': "
							+ ex.getMessage());
					return Mono.empty();
				}))
				.then();
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops after web servers have finished their in-flight requests (their phases are
	 * far higher), and before phase-0 infrastructure such as Reactor Netty's shared event
	 * loops, which the revocation requests still need: the named sites' token managers
	 * are not beans, so no bean dependency orders them before it.
	 */
	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public String toString() {
		return "UmbracoSites" + names();
	}

}
