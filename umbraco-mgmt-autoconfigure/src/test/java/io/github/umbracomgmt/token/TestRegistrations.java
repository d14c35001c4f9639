package io.github.umbracomgmt.token;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import io.github.umbracomgmt.test.UmbracoTestServer;

/**
 * The client-credentials registration of a fake Umbraco's token endpoint, for tests that
 * build a token manager without the auto-configuration.
 */
public final class TestRegistrations {

	private TestRegistrations() {
	}

	/**
	 * The registration of the fake's own client, authenticating with form fields.
	 * @param server the fake
	 * @return the registration, id {@code umbraco}
	 */
	public static ClientRegistration of(UmbracoTestServer server) {
		return of(server.clientId(), server.clientSecret(), server.baseUrl() + TOKEN_PATH,
				ClientAuthenticationMethod.CLIENT_SECRET_POST);
	}

	/**
	 * A registration of the given credentials.
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param tokenUri the token endpoint
	 * @param method how the client authenticates
	 * @return the registration, id {@code umbraco}
	 */
	public static ClientRegistration of(String clientId, String clientSecret, String tokenUri,
			ClientAuthenticationMethod method) {
		return ClientRegistration.withRegistrationId("umbraco")
			.clientId(clientId)
			.clientSecret(clientSecret)
			.clientAuthenticationMethod(method)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(tokenUri)
			.build();
	}

	private static final String TOKEN_PATH = "/umbraco/management/api/v1/security/back-office/token";

}
