package io.github.umbracomgmt.autoconfigure;

import java.util.Objects;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import io.github.umbracomgmt.site.UmbracoSite;

/**
 * Maps a site's {@link UmbracoSiteProperties} to the {@link ClientRegistration} of its
 * token endpoint, as Boot's {@code OAuth2ClientPropertiesMapper} does for
 * {@code spring.security.oauth2.client.*}.
 *
 * <p>
 * Registration ids: {@value #DEFAULT_REGISTRATION_ID} for the default site,
 * {@code umbraco-<name>} for a named site. They are what Spring Security's
 * {@code @ClientRegistrationId} and {@code ClientAttributes.clientRegistrationId(...)}
 * name when a site's token goes onto an application's own client.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoSitePropertiesMapper {

	/** The registration id of the default site. */
	public static final String DEFAULT_REGISTRATION_ID = "umbraco";

	private UmbracoSitePropertiesMapper() {
	}

	/**
	 * The registration id of a site.
	 * @param siteName the site's name; {@value UmbracoSite#DEFAULT_NAME} for the default
	 * site
	 * @return {@code umbraco} for the default site, else {@code umbraco-<name>}
	 */
	public static String registrationId(String siteName) {
		return UmbracoSite.DEFAULT_NAME.equals(siteName) ? DEFAULT_REGISTRATION_ID
				: DEFAULT_REGISTRATION_ID + "-" + siteName;
	}

	/**
	 * The client-credentials registration of a site's token endpoint.
	 * @param siteName the site's name; {@value UmbracoSite#DEFAULT_NAME} for the default
	 * site
	 * @param properties the site's validated settings
	 * @return the registration, id {@link #registrationId(String)}
	 */
	public static ClientRegistration clientRegistration(String siteName, UmbracoSiteProperties properties) {
		return ClientRegistration.withRegistrationId(registrationId(siteName))
			.clientName(UmbracoSite.DEFAULT_NAME.equals(siteName) ? "Umbraco Management API"
					: "Umbraco Management API (" + siteName + ")")
			.clientId(Objects.requireNonNull(properties.getClientId(), "client-id is validated at binding"))
			.clientSecret(Objects.requireNonNull(properties.getClientSecret(), "client-secret is validated at binding"))
			.clientAuthenticationMethod(clientAuthenticationMethod(properties.getClientAuthenticationMethod()))
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(properties.tokenUri())
			.build();
	}

	private static ClientAuthenticationMethod clientAuthenticationMethod(
			UmbracoSiteProperties.ClientAuthenticationMethod method) {
		return switch (method) {
			case CLIENT_SECRET_POST -> ClientAuthenticationMethod.CLIENT_SECRET_POST;
			case CLIENT_SECRET_BASIC -> ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
		};
	}

}
