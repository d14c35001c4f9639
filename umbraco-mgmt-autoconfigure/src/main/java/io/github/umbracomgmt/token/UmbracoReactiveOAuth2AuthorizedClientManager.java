package io.github.umbracomgmt.token;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.util.Assert;

/**
 * A site's {@link UmbracoTokenManager} offered as Spring Security's
 * {@link ReactiveOAuth2AuthorizedClientManager}, so an application's own clients carry
 * the site's token the Spring way: a {@code WebClient} with
 * {@code ServerOAuth2AuthorizedClientExchangeFilterFunction}, or an HTTP service group
 * configured with {@code OAuth2WebClientHttpServiceGroupConfigurer} and
 * {@code @ClientRegistrationId}.
 *
 * <p>
 * Every authorization is the token manager's one application-wide token: whatever the
 * principal, however many callers at once, at most one token request goes out, and a
 * client authorized before is re-authorized with the current token (a fresh one when the
 * old one is due). The manager serves exactly one registration id, the site's
 * ({@code umbraco}, {@code umbraco-<name>}); a request for another id fails, naming both,
 * instead of silently sending the request without a token or with another site's token.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoReactiveOAuth2AuthorizedClientManager implements ReactiveOAuth2AuthorizedClientManager {

	private final ClientRegistration registration;

	private final UmbracoTokenManager tokenManager;

	/**
	 * Creates a manager over a site's token manager.
	 * @param registration the site's registration, the one the token manager was built
	 * with
	 * @param tokenManager the site's token manager
	 */
	public UmbracoReactiveOAuth2AuthorizedClientManager(ClientRegistration registration,
			UmbracoTokenManager tokenManager) {
		Assert.notNull(registration, "registration must not be null");
		Assert.notNull(tokenManager, "tokenManager must not be null");
		this.registration = registration;
		this.tokenManager = tokenManager;
	}

	@Override
	public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest authorizeRequest) {
		Assert.notNull(authorizeRequest, "authorizeRequest must not be null");
		return Mono.defer(() -> {
			String requested = authorizeRequest.getClientRegistrationId();
			if (!this.registration.getRegistrationId().equals(requested)) {
				return Mono.error(new IllegalArgumentException("This authorized-client manager serves the Umbraco "
						+ "registration '" + this.registration.getRegistrationId() + "', not '" + requested
						+ "'; use the manager of the site that '" + requested + "' names"));
			}
			String principalName = principalName(authorizeRequest.getPrincipal());
			return this.tokenManager.getToken()
				.map((token) -> new OAuth2AuthorizedClient(this.registration, principalName, token));
		});
	}

	/**
	 * The registration id this manager serves.
	 * @return e.g. {@code umbraco} or {@code umbraco-blog}
	 */
	public String getClientRegistrationId() {
		return this.registration.getRegistrationId();
	}

	private static String principalName(Authentication principal) {
		// the token belongs to the application, not to the principal; the name only
		// labels the authorized client
		return (principal != null && principal.getName() != null) ? principal.getName() : "umbraco-mgmt";
	}

	@Override
	public String toString() {
		return "UmbracoReactiveOAuth2AuthorizedClientManager[registrationId=" + this.registration.getRegistrationId()
				+ "]";
	}

}
