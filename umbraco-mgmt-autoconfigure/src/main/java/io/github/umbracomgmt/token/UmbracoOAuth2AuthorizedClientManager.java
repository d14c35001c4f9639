package io.github.umbracomgmt.token;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.util.Assert;

/**
 * The blocking face of {@link UmbracoReactiveOAuth2AuthorizedClientManager}, Spring
 * Security's {@link OAuth2AuthorizedClientManager} for {@code RestClient} with
 * {@code OAuth2ClientHttpRequestInterceptor}, for
 * {@code OAuth2RestClientHttpServiceGroupConfigurer} and for servlet {@code WebClient}s.
 *
 * <p>
 * It waits for the same single-flight token manager, so blocking and reactive callers
 * together still cause at most one token request. Call it from threads that may block
 * (servlet or task threads), never from an event loop.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoOAuth2AuthorizedClientManager implements OAuth2AuthorizedClientManager {

	private final UmbracoReactiveOAuth2AuthorizedClientManager reactive;

	/**
	 * Creates a blocking manager over a reactive one.
	 * @param reactive the site's reactive manager
	 */
	public UmbracoOAuth2AuthorizedClientManager(UmbracoReactiveOAuth2AuthorizedClientManager reactive) {
		Assert.notNull(reactive, "reactive must not be null");
		this.reactive = reactive;
	}

	@Override
	public @Nullable OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest authorizeRequest) {
		// the token request is bounded by the connector's timeouts; the manager never
		// holds a caller longer
		return this.reactive.authorize(authorizeRequest).block();
	}

	/**
	 * The registration id this manager serves.
	 * @return e.g. {@code umbraco} or {@code umbraco-blog}
	 */
	public String getClientRegistrationId() {
		return this.reactive.getClientRegistrationId();
	}

	@Override
	public String toString() {
		return "UmbracoOAuth2AuthorizedClientManager[registrationId=" + getClientRegistrationId() + "]";
	}

}
