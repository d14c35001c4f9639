package io.github.umbracomgmt.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import io.github.umbracomgmt.client.UmbracoDocumentClient;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.site.UmbracoSite;
import io.github.umbracomgmt.site.UmbracoSiteCustomizer;
import io.github.umbracomgmt.site.UmbracoSites;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the named sites of {@link UmbracoManagementAutoConfiguration}: binding,
 * back-off and the failures that name a site's properties.
 */
class UmbracoSitesAutoConfigurationTests {

	private static final String[] DEFAULT_SITE = { "umbraco.management.base-url=https://umbraco.example.com/",
			"umbraco.management.client-id=umbraco-back-office-my-client",
			"umbraco.management.client-secret=s3cr+t/=&%" };

	private static final String[] BLOG = { "umbraco.management.sites.blog.base-url=https://blog.example.com/",
			"umbraco.management.sites.blog.client-id=umbraco-back-office-blog",
			"umbraco.management.sites.blog.client-secret=blog-s3cr+t" };

	private static final String[] SHOP = { "umbraco.management.sites.shop.base-url=https://shop.example.com",
			"umbraco.management.sites.shop.client-id=umbraco-back-office-shop",
			"umbraco.management.sites.shop.client-secret=shop-s3cr+t" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(UmbracoManagementAutoConfiguration.class));

	private final ApplicationContextRunner bootRunner = TestRunners.withBootWebClient();

	@Test
	void bindsNamedSitesWithTheSameKeysAsTheDefaultSite() {
		this.runner.withPropertyValues(DEFAULT_SITE)
			.withPropertyValues(BLOG)
			.withPropertyValues(SHOP)
			.withPropertyValues("umbraco.management.sites.blog.client-authentication-method=client-secret-basic",
					"umbraco.management.sites.blog.token-path=/custom/token",
					"umbraco.management.sites.blog.token-refresh-skew=5s",
					"umbraco.management.sites.blog.revoke-timeout=1s")
			.run((context) -> {
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				assertThat(sites.names()).containsExactly("default", "blog", "shop");
				ClientRegistration blog = sites.site("blog").registration();
				assertThat(blog.getRegistrationId()).isEqualTo("umbraco-blog");
				assertThat(blog.getClientId()).isEqualTo("umbraco-back-office-blog");
				assertThat(blog.getClientAuthenticationMethod())
					.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
				assertThat(blog.getProviderDetails().getTokenUri()).isEqualTo("https://blog.example.com/custom/token");
				assertThat(sites.site("blog").baseUrl()).isEqualTo("https://blog.example.com");
				ClientRegistration shop = sites.site("shop").registration();
				assertThat(shop.getRegistrationId()).isEqualTo("umbraco-shop");
				assertThat(shop.getClientAuthenticationMethod())
					.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
				assertThat(shop.getProviderDetails().getTokenUri())
					.isEqualTo("https://shop.example.com/umbraco/management/api/v1/security/back-office/token");
				UmbracoManagementProperties properties = context.getBean(UmbracoManagementProperties.class);
				assertThat(properties.getSites().get("blog").getTokenRefreshSkew()).hasSeconds(5);
				assertThat(properties.getSites().get("blog").getRevokeTimeout()).hasSeconds(1);
				assertThat(properties.getSites().get("shop").getRevokeTimeout()).hasSeconds(2);
			});
	}

	@Test
	void keepsTheDefaultSitesBeansWhenNamedSitesAreConfigured() {
		this.runner.withPropertyValues(DEFAULT_SITE).withPropertyValues(BLOG).run((context) -> {
			assertThat(context).hasSingleBean(UmbracoTokenManager.class);
			assertThat(context).hasSingleBean(UmbracoUserClient.class);
			assertThat(context).hasSingleBean(UmbracoDocumentClient.class);
			assertThat(context).hasBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME);
			assertThat(context
				.getBean(UmbracoManagementAutoConfiguration.CLIENT_REGISTRATION_BEAN_NAME, ClientRegistration.class)
				.getRegistrationId()).isEqualTo("umbraco");
			UmbracoSite defaultSite = context.getBean(UmbracoSites.class).defaultSite();
			assertThat(defaultSite).isSameAs(context.getBean(UmbracoManagementAutoConfiguration.SITE_BEAN_NAME));
			assertThat(defaultSite.tokenManager()).isSameAs(context.getBean(UmbracoTokenManager.class));
			assertThat(defaultSite.webClient())
				.isSameAs(context.getBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME));
			assertThat(context.getBean(UmbracoSites.class).site("blog").tokenManager())
				.isNotSameAs(defaultSite.tokenManager());
		});
	}

	@Test
	void buildsNoDefaultSiteWhenOnlyNamedSitesAreConfigured() {
		this.runner.withPropertyValues(BLOG).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(UmbracoUserClient.class);
			assertThat(context).doesNotHaveBean(UmbracoTokenManager.class);
			assertThat(context).doesNotHaveBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME);
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			assertThat(sites.names()).containsExactly("blog");
			assertThatIllegalStateException().isThrownBy(sites::defaultSite)
				.withMessageContaining("No default Umbraco site is configured");
		});
	}

	@Test
	void stillRequiresTheDefaultSiteWhenNoSiteIsConfigured() {
		this.runner.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.base-url",
				"umbraco.management.base-url is not set", "Set umbraco.management.base-url"));
	}

	@Test
	void failsNamingThePropertyOfTheMisconfiguredSite() {
		this.runner.withPropertyValues(DEFAULT_SITE)
			.withPropertyValues(BLOG[0], BLOG[2])
			.withPropertyValues(SHOP)
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.sites.blog.client-id",
					"umbraco.management.sites.blog.client-id is not set",
					"Set umbraco.management.sites.blog.client-id to the client id"));
	}

	@Test
	void failsOnAnInvalidValueOfANamedSite() {
		this.runner.withPropertyValues(BLOG)
			.withPropertyValues("umbraco.management.sites.blog.base-url=blog.example.com")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.sites.blog.base-url",
					"'blog.example.com' is not an absolute http or https URL",
					"Set umbraco.management.sites.blog.base-url to the absolute address"));
		this.runner.withPropertyValues(BLOG)
			.withPropertyValues("umbraco.management.sites.blog.token-failure-backoff=10s",
					"umbraco.management.sites.blog.token-failure-max-backoff=1s")
			.run((context) -> assertFailure(context.getStartupFailure(),
					"umbraco.management.sites.blog.token-failure-max-backoff", "is shorter than token-failure-backoff",
					"to at least umbraco.management.sites.blog.token-failure-backoff"));
	}

	@Test
	void failsWhenANamedSitesDefaultSiteIsHalfConfigured() {
		this.runner.withPropertyValues(BLOG)
			.withPropertyValues("umbraco.management.base-url=https://umbraco.example.com")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.client-id",
					"umbraco.management.client-id is not set", "Set umbraco.management.client-id"));
	}

	@Test
	void failsOnASiteNameThatIsNotALowerCaseIdentifier() {
		this.runner
			.withPropertyValues("umbraco.management.sites[Blog_1].base-url=https://blog.example.com",
					"umbraco.management.sites[Blog_1].client-id=umbraco-back-office-blog",
					"umbraco.management.sites[Blog_1].client-secret=secret")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.sites.Blog_1",
					"is not a valid site name", "lower-case letters and digits"));
	}

	@Test
	void failsOnTheReservedSiteNameDefault() {
		this.runner
			.withPropertyValues("umbraco.management.sites.default.base-url=https://blog.example.com",
					"umbraco.management.sites.default.client-id=umbraco-back-office-blog",
					"umbraco.management.sites.default.client-secret=secret")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.sites.default",
					"is reserved for the site configured directly below umbraco.management",
					"Configure the default site as umbraco.management.base-url"));
	}

	@Test
	void failsWhenANamedSitesSslBundleDoesNotExist() {
		this.bootRunner.withPropertyValues(DEFAULT_SITE)
			.withPropertyValues(BLOG)
			.withPropertyValues("umbraco.management.sites.blog.ssl.bundle=missing")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.sites.blog.ssl.bundle",
					"'missing' names no SSL bundle", "or remove umbraco.management.sites.blog.ssl.bundle"));
	}

	@Test
	void neverPutsANamedSitesSecretIntoAStartupFailure() {
		this.runner.withPropertyValues(BLOG)
			.withPropertyValues("umbraco.management.sites.blog.client-id=bad")
			.run((context) -> {
				FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("umbraco.management.sites.blog.client-id");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("blog-s3cr+t");
			});
	}

	@Test
	void namesTheConfiguredSitesWhenAskedForAnother() {
		this.runner.withPropertyValues(DEFAULT_SITE).withPropertyValues(BLOG).run((context) -> {
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			assertThat(sites.site("default")).isSameAs(sites.defaultSite());
			assertThatIllegalArgumentException().isThrownBy(() -> sites.site("shop"))
				.withMessageContaining("No Umbraco site named 'shop'")
				.withMessageContaining("[default, blog]")
				.withMessageContaining("umbraco.management.sites.shop");
		});
	}

	@Test
	void appliesSiteCustomizersToEverySite() {
		List<String> customized = new ArrayList<>();
		this.runner.withPropertyValues(DEFAULT_SITE)
			.withPropertyValues(BLOG)
			.withPropertyValues(SHOP)
			.withBean(UmbracoSiteCustomizer.class, () -> (site) -> customized.add(site.name()))
			.run((context) -> {
				context.getBean(UmbracoSites.class);
				assertThat(customized).containsExactlyInAnyOrder("default", "blog", "shop");
			});
	}

	@Test
	void cachesEachTypedClientOfASite() {
		this.runner.withPropertyValues(BLOG).run((context) -> {
			UmbracoSite blog = context.getBean(UmbracoSites.class).site("blog");
			assertThat(blog.client(UmbracoDocumentClient.class)).isSameAs(blog.client(UmbracoDocumentClient.class));
			assertThat(blog.mediaUploads()).isSameAs(blog.mediaUploads());
			assertThat(blog.serverProbe()).isSameAs(blog.serverProbe());
			assertThat(blog.toString()).contains("blog").doesNotContain("blog-s3cr+t");
		});
	}

	@Test
	void backsOffFromAUserDefinedSites() {
		UmbracoSites own = new UmbracoSites(null, java.util.Map.of());
		this.runner.withPropertyValues(BLOG)
			.withBean(UmbracoSites.class, () -> own)
			.run((context) -> assertThat(context.getBean(UmbracoSites.class)).isSameAs(own));
	}

	@Test
	void configurationMetadataDocumentsTheSitesMap() throws Exception {
		try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(metadata);
			JsonNode sites = null;
			for (JsonNode property : root.get("properties")) {
				if (property.get("name").asString().equals("umbraco.management.sites")) {
					sites = property;
				}
			}
			assertThat(sites).isNotNull();
			assertThat(sites.get("type").asString()).contains("java.util.Map")
				.contains(UmbracoSiteProperties.class.getName());
			assertThat(sites.get("description").asString()).contains("umbraco-<name>").contains("site=<name>");
		}
	}

	private static void assertFailure(Throwable failure, String property, String problem, String action) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).contains("Property: " + property).contains(problem);
		assertThat(analysis.getAction()).contains(action);
	}

}
