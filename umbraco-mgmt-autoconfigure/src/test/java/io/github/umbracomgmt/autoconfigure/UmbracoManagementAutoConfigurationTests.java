package io.github.umbracomgmt.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.token.MicrometerTokenMetrics;
import io.github.umbracomgmt.token.TokenMetrics;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link UmbracoManagementAutoConfiguration}.
 */
class UmbracoManagementAutoConfigurationTests {

	private static final String[] REQUIRED = { "umbraco.management.base-url=https://umbraco.example.com/",
			"umbraco.management.client-id=umbraco-back-office-my-client",
			"umbraco.management.client-secret=s3cr+t/=&%" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(UmbracoManagementAutoConfiguration.class));

	private final ApplicationContextRunner bootRunner = TestRunners.withBootWebClient();

	@Test
	void registersClientCredentialsRegistrationForTheTokenEndpoint() {
		this.runner.withPropertyValues(REQUIRED).run((context) -> {
			ClientRegistration registration = context
				.getBean(UmbracoManagementAutoConfiguration.CLIENT_REGISTRATION_BEAN_NAME, ClientRegistration.class);
			assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.CLIENT_CREDENTIALS);
			assertThat(registration.getProviderDetails().getTokenUri())
				.isEqualTo("https://umbraco.example.com/umbraco/management/api/v1/security/back-office/token");
			assertThat(registration.getProviderDetails().getIssuerUri()).isNull();
			assertThat(registration.getClientId()).isEqualTo("umbraco-back-office-my-client");
			assertThat(registration.getClientAuthenticationMethod())
				.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		});
	}

	@Test
	void createsTokenManagerWebClientAndUserClient() {
		this.bootRunner.withPropertyValues(REQUIRED).run((context) -> {
			assertThat(context).hasSingleBean(UmbracoTokenManager.class);
			assertThat(context).hasSingleBean(UmbracoUserClient.class);
			assertThat(context).hasBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME);
			assertThat(context).hasBean(UmbracoManagementAutoConfiguration.CONNECTOR_BEAN_NAME);
		});
	}

	@Test
	void createsOneBeanPerGeneratedClientType() {
		this.runner.withPropertyValues(REQUIRED).run((context) -> {
			io.github.umbracomgmt.site.UmbracoSite site = context.getBean(io.github.umbracomgmt.site.UmbracoSite.class);
			assertThat(io.github.umbracomgmt.client.UmbracoClientTypes.ALL).isNotEmpty().allSatisfy((client) -> {
				assertThat(context).hasSingleBean(client.type());
				Object bean = context.getBean(client.beanName());
				assertThat(bean).isInstanceOf(client.type());
				// the generated implementation, not an HTTP interface proxy, and the
				// default site's own instance
				assertThat(java.lang.reflect.Proxy.isProxyClass(bean.getClass())).isFalse();
				assertThat(bean.getClass().getSimpleName()).isEqualTo("Generated" + client.type().getSimpleName());
				assertThat(bean).isSameAs(site.client(client.type()));
			});
			assertThat(context).hasSingleBean(io.github.umbracomgmt.client.UmbracoMediaUploads.class);
			assertThat(context).hasSingleBean(io.github.umbracomgmt.client.UmbracoServerProbe.class);
		});
	}

	@Test
	void everyHttpInterfaceOfTheClientPackageIsARegisteredClientType() throws Exception {
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
				org.springframework.web.service.annotation.HttpExchange.class));
		java.util.List<Class<?>> registered = io.github.umbracomgmt.client.UmbracoClientTypes.ALL.stream()
			.<Class<?>>map(io.github.umbracomgmt.client.UmbracoClientType::type)
			.toList();
		java.util.List<Class<?>> interfaces = new java.util.ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("io.github.umbracomgmt.client")) {
			interfaces.add(Class.forName(candidate.getBeanClassName()));
		}
		assertThat(interfaces).hasSizeGreaterThanOrEqualTo(registered.size())
			.allSatisfy((type) -> assertThat(registered).as("client types that are or extend %s", type.getName())
				.anySatisfy((client) -> assertThat(type).isAssignableFrom(client)));
	}

	@Test
	void backsOffFromAUserDefinedTypedClient() {
		io.github.umbracomgmt.client.UmbracoDocumentClient own = mock(
				io.github.umbracomgmt.client.UmbracoDocumentClient.class);
		this.runner.withPropertyValues(REQUIRED)
			.withBean("myDocuments", io.github.umbracomgmt.client.UmbracoDocumentClient.class, () -> own)
			.run((context) -> assertThat(context.getBean(io.github.umbracomgmt.client.UmbracoDocumentClient.class))
				.isSameAs(own));
	}

	@Test
	void worksWithoutBootsWebClientBuilder() {
		this.runner.withPropertyValues(REQUIRED).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(UmbracoUserClient.class);
		});
	}

	@Test
	void bindsEverySetting() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.client-authentication-method=client-secret-basic",
					"umbraco.management.token-path=/custom/token", "umbraco.management.revoke-path=custom/revoke",
					"umbraco.management.token-refresh-skew=30s", "umbraco.management.token-default-lifetime=2m",
					"umbraco.management.token-failure-backoff=500ms",
					"umbraco.management.token-failure-max-backoff=10s", "umbraco.management.revoke-on-shutdown=false",
					"umbraco.management.revoke-timeout=1s", "umbraco.management.connect-timeout=3s",
					"umbraco.management.response-timeout=7s")
			.run((context) -> {
				UmbracoManagementProperties properties = context.getBean(UmbracoManagementProperties.class);
				assertThat(properties.tokenUri()).isEqualTo("https://umbraco.example.com/custom/token");
				assertThat(properties.revokeUri()).isEqualTo("https://umbraco.example.com/custom/revoke");
				assertThat(properties.getTokenRefreshSkew()).hasSeconds(30);
				assertThat(properties.getTokenDefaultLifetime()).hasMinutes(2);
				assertThat(properties.getTokenFailureBackoff()).hasMillis(500);
				assertThat(properties.getTokenFailureMaxBackoff()).hasSeconds(10);
				assertThat(properties.isRevokeOnShutdown()).isFalse();
				assertThat(properties.getRevokeTimeout()).hasSeconds(1);
				assertThat(properties.getConnectTimeout()).hasSeconds(3);
				assertThat(properties.getResponseTimeout()).hasSeconds(7);
				ClientRegistration registration = context.getBean(
						UmbracoManagementAutoConfiguration.CLIENT_REGISTRATION_BEAN_NAME, ClientRegistration.class);
				assertThat(registration.getClientAuthenticationMethod())
					.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
				assertThat(registration.getProviderDetails().getTokenUri())
					.isEqualTo("https://umbraco.example.com/custom/token");
			});
	}

	@Test
	void defaultsMatchTheReadme() {
		UmbracoManagementProperties properties = new UmbracoManagementProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getTokenPath()).isEqualTo("/umbraco/management/api/v1/security/back-office/token");
		assertThat(properties.getRevokePath()).isEqualTo("/umbraco/management/api/v1/security/back-office/revoke");
		assertThat(properties.getClientAuthenticationMethod())
			.isEqualTo(UmbracoManagementProperties.ClientAuthenticationMethod.CLIENT_SECRET_POST);
		assertThat(properties.getTokenRefreshSkew()).hasSeconds(60);
		assertThat(properties.getTokenDefaultLifetime()).hasSeconds(60);
		assertThat(properties.getTokenFailureBackoff()).hasSeconds(1);
		assertThat(properties.getTokenFailureMaxBackoff()).hasSeconds(60);
		assertThat(properties.isRevokeOnShutdown()).isTrue();
		assertThat(properties.getRevokeTimeout()).hasSeconds(2);
		assertThat(properties.getConnectTimeout()).hasSeconds(10);
		assertThat(properties.getResponseTimeout()).hasSeconds(30);
		assertThat(properties.getSsl().getBundle()).isNull();
	}

	@Test
	void backsOffFromUserDefinedBeans() {
		this.runner.withPropertyValues(REQUIRED).withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context.getBean(UmbracoUserClient.class)).isSameAs(UserBeans.USER_CLIENT);
			assertThat(context.getBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME))
				.isSameAs(UserBeans.WEB_CLIENT);
			assertThat(context.getBean(UmbracoManagementAutoConfiguration.CLIENT_REGISTRATION_BEAN_NAME))
				.isSameAs(UserBeans.REGISTRATION);
			assertThat(context.getBean(TokenMetrics.class)).isSameAs(UserBeans.METRICS);
		});
	}

	@Test
	void usesUserDefinedRegistrationForTheTokenManager() {
		this.runner.withPropertyValues(REQUIRED).withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context.getBean(UmbracoTokenManager.class).toString()).contains("umbraco-back-office-user");
		});
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("umbraco.management.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(UmbracoManagementProperties.class);
			assertThat(context).doesNotHaveBean(UmbracoTokenManager.class);
			assertThat(context).doesNotHaveBean(UmbracoUserClient.class);
			assertThat(context).doesNotHaveBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME);
		});
	}

	@Test
	void backsOffWithoutWebFlux() {
		this.runner.withPropertyValues(REQUIRED)
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(UmbracoUserClient.class));
	}

	@Test
	void backsOffWithoutSpringSecurityOAuth2Client() {
		this.runner.withPropertyValues(REQUIRED)
			.withClassLoader(new FilteredClassLoader(ClientRegistration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(UmbracoUserClient.class));
	}

	@Test
	void backsOffWithoutBootsHttpClientSupport() {
		this.runner.withPropertyValues(REQUIRED)
			.withClassLoader(new FilteredClassLoader(ClientHttpConnectorBuilder.class))
			.run((context) -> assertThat(context).doesNotHaveBean(UmbracoUserClient.class));
	}

	@Test
	void reportsNoMetricsWithoutMicrometer() {
		this.runner.withPropertyValues(REQUIRED)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TokenMetrics.class)).isSameAs(TokenMetrics.NONE);
			});
	}

	@Test
	void reportsToTheMeterRegistry() {
		this.runner.withPropertyValues(REQUIRED)
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context.getBean(TokenMetrics.class))
				.isInstanceOf(MicrometerTokenMetrics.class));
	}

	@Test
	void publishesNothingThatSpringSecurityWouldAdopt() {
		this.bootRunner.withPropertyValues(REQUIRED).run((context) -> {
			assertThat(context).doesNotHaveBean(ReactiveClientRegistrationRepository.class);
			assertThat(context).doesNotHaveBean(ClientRegistrationRepository.class);
			assertThat(context).doesNotHaveBean(ReactiveOAuth2AuthorizedClientService.class);
			assertThat(context).doesNotHaveBean(OAuth2AuthorizedClientService.class);
			// Spring Security registers its own manager only when no bean of the type
			// exists, default candidate or not
			assertThat(context).doesNotHaveBean(ReactiveOAuth2AuthorizedClientManager.class);
			assertThat(context).doesNotHaveBean(OAuth2AuthorizedClientManager.class);
			assertThat(context).doesNotHaveBean("springSecurityFilterChain");
			assertThat(((org.springframework.beans.factory.support.AbstractBeanDefinition) context.getBeanFactory()
				.getBeanDefinition(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME)).isDefaultCandidate())
				.isFalse();
			assertThat(((org.springframework.beans.factory.support.AbstractBeanDefinition) context.getBeanFactory()
				.getBeanDefinition(UmbracoManagementAutoConfiguration.CLIENT_REGISTRATION_BEAN_NAME))
				.isDefaultCandidate()).isFalse();
		});
	}

	@Test
	void leavesTheApplicationsOwnWebClientInjectableByType() {
		this.bootRunner.withPropertyValues(REQUIRED).withUserConfiguration(OwnWebClient.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(WebClientUser.class).webClient).isSameAs(context.getBean("appWebClient"));
		});
	}

	@Test
	void failsWhenBaseUrlIsMissing() {
		this.runner.withPropertyValues(REQUIRED[1], REQUIRED[2])
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.base-url",
					"umbraco.management.base-url is not set", "Set umbraco.management.base-url to the address"));
	}

	@Test
	void failsWhenBaseUrlIsNotAnAbsoluteHttpUrl() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.base-url=localhost:44391")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.base-url",
					"'localhost:44391' is not an absolute http or https URL", "for example https://localhost:44391"));
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.base-url=ftp://umbraco.example.com")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.base-url",
					"is not an absolute http or https URL", "Set umbraco.management.base-url"));
	}

	@Test
	void failsWhenClientIdIsMissing() {
		this.runner.withPropertyValues(REQUIRED[0], REQUIRED[2])
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.client-id",
					"umbraco.management.client-id is not set", "Set umbraco.management.client-id"));
	}

	@Test
	void failsWhenClientIdLacksUmbracosPrefix() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.client-id=my-client")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.client-id",
					"'my-client' must start with 'umbraco-back-office-'", "followed by 1 to 100 of the characters"));
	}

	@Test
	void failsWhenClientIdHasInvalidCharacters() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.client-id=umbraco-back-office-my client!")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.client-id",
					"must continue after 'umbraco-back-office-' with 1 to 100 of the characters",
					"Set umbraco.management.client-id"));
	}

	@Test
	void failsWhenClientIdIsTooLong() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.client-id=umbraco-back-office-" + "a".repeat(101))
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.client-id",
					"1 to 100 of the characters", "Set umbraco.management.client-id"));
	}

	@Test
	void acceptsEveryCharacterUmbracoAllowsInClientIds() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.client-id=umbraco-back-office-Az09-._~" + "a".repeat(92))
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void failsWhenClientSecretIsMissingWithoutPrintingAnything() {
		this.runner.withPropertyValues(REQUIRED[0], REQUIRED[1])
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.client-secret",
					"umbraco.management.client-secret is not set", "${UMBRACO_CLIENT_SECRET}"));
	}

	@Test
	void failsOnNegativeDurations() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.token-refresh-skew=-1s")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.token-refresh-skew",
					"must not be negative", "non-negative duration"));
	}

	@Test
	void failsWhenSslBundleDoesNotExist() {
		this.bootRunner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.ssl.bundle=missing")
			.run((context) -> assertFailure(context.getStartupFailure(), "umbraco.management.ssl.bundle",
					"'missing' names no SSL bundle", "spring.ssl.bundle.pem.missing"));
	}

	@Test
	void neverPutsTheSecretIntoAStartupFailure() {
		this.runner.withPropertyValues(REQUIRED)
			.withPropertyValues("umbraco.management.client-id=bad")
			.run((context) -> {
				FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr+t/=&%");
			});
	}

	private static void assertFailure(Throwable failure, String property, String problem, String action) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new UmbracoConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).contains("Property: " + property).contains(problem);
		assertThat(analysis.getAction()).contains(action);
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		static final UmbracoUserClient USER_CLIENT = mock(UmbracoUserClient.class);

		static final WebClient WEB_CLIENT = WebClient.create();

		static final TokenMetrics METRICS = new TokenMetrics() {
		};

		static final ClientRegistration REGISTRATION = ClientRegistration.withRegistrationId("umbraco")
			.clientId("umbraco-back-office-user")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri("https://other.example.com/token")
			.build();

		@Bean
		UmbracoUserClient myUserClient() {
			return USER_CLIENT;
		}

		@Bean
		WebClient umbracoWebClient() {
			return WEB_CLIENT;
		}

		@Bean
		ClientRegistration umbracoClientRegistration() {
			return REGISTRATION;
		}

		@Bean
		TokenMetrics myMetrics() {
			return METRICS;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnWebClient {

		@Bean
		WebClient appWebClient(WebClient.Builder builder) {
			return builder.build();
		}

		@Bean
		WebClientUser webClientUser(WebClient webClient) {
			return new WebClientUser(webClient);
		}

	}

	record WebClientUser(WebClient webClient) {
	}

}
