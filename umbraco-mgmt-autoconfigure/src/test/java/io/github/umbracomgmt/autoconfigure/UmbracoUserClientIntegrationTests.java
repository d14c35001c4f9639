package io.github.umbracomgmt.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.User;
import io.github.umbracomgmt.client.model.UserKind;
import io.github.umbracomgmt.client.model.UserState;
import io.github.umbracomgmt.error.UmbracoAuthenticationException;
import io.github.umbracomgmt.error.UmbracoDecodingException;
import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.error.UmbracoIoException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.error.UmbracoServerException;
import io.github.umbracomgmt.error.UmbracoUnauthorizedException;
import io.github.umbracomgmt.test.RecordedRequest;
import io.github.umbracomgmt.test.TokenOutcome;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured {@link UmbracoUserClient} over real HTTP against the fake Umbraco,
 * through the real Spring Security and WebClient stack.
 */
class UmbracoUserClientIntegrationTests {

	private static final String TRICKY_SECRET = "s3cr+t/=&%ab";

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private UmbracoTestServer server;

	@BeforeEach
	void startServer() {
		this.server = UmbracoTestServer.builder().clientSecret(TRICKY_SECRET).start();
		this.server.users().setCurrent("Ada Lovelace", "ada@example.com");
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private ApplicationContextRunner runner() {
		return TestRunners.withBootWebClient()
			.withPropertyValues("umbraco.management.base-url=" + this.server.baseUrl(),
					"umbraco.management.client-id=" + this.server.clientId(),
					"umbraco.management.client-secret=" + TRICKY_SECRET);
	}

	@Test
	void getsTheCurrentUserWithCredentialsInTheFormBody() {
		runner().run((context) -> {
			CurrentUser user = context.getBean(UmbracoUserClient.class).getCurrentUser().block();
			assertThat(user.name()).isEqualTo("Ada Lovelace");
			assertThat(user.email()).isEqualTo("ada@example.com");
			RecordedRequest tokenRequest = tokenRequests().get(0);
			assertThat(header(tokenRequest, "authorization")).isNull();
			assertThat(tokenRequest.body()).contains("grant_type=client_credentials").contains("client_secret=");
		});
	}

	@Test
	void getsTheCurrentUserWithHttpBasicClientAuthentication() {
		runner().withPropertyValues("umbraco.management.client-authentication-method=client-secret-basic")
			.run((context) -> {
				CurrentUser user = context.getBean(UmbracoUserClient.class).getCurrentUser().block();
				assertThat(user.name()).isEqualTo("Ada Lovelace");
				RecordedRequest tokenRequest = tokenRequests().get(0);
				assertThat(header(tokenRequest, "authorization")).startsWith("Basic ");
				assertThat(tokenRequest.body()).doesNotContain("client_secret");
				assertThat(this.server.tokenRequests(TokenOutcome.ISSUED)).isEqualTo(1);
			});
	}

	@Test
	void sendsOneTokenRequestForManyCalls() {
		runner().run((context) -> {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			for (int i = 0; i < 25; i++) {
				users.getCurrentUser().block();
			}
			Flux.range(0, 25).flatMap((i) -> users.getCurrentUser()).blockLast();
			assertThat(this.server.tokenRequests()).isEqualTo(1);
			assertThat(this.server.apiRequests("GET", USER_CURRENT)).isEqualTo(50);
		});
	}

	@Test
	void sharesOneTokenAcrossLoggedInPrincipals() {
		runner().run((context) -> {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			for (String name : List.of("alice", "bob", "carol")) {
				users.getCurrentUser()
					.contextWrite(ReactiveSecurityContextHolder
						.withAuthentication(new TestingAuthenticationToken(name, "pw", "ROLE_USER")))
					.block();
				SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, "pw"));
				try {
					users.getCurrentUser().block();
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}
			assertThat(this.server.tokenRequests()).isEqualTo(1);
			Set<String> bearerTokens = this.server.requests()
				.stream()
				.filter((request) -> request.path().equals(USER_CURRENT))
				.map((request) -> header(request, "authorization"))
				.collect(Collectors.toSet());
			assertThat(bearerTokens).hasSize(1);
		});
	}

	@Test
	void getsAUserById() {
		UUID id = this.server.users().add("Grace Hopper", "grace@example.com");
		runner().run((context) -> {
			User user = context.getBean(UmbracoUserClient.class).getUser(id).block();
			assertThat(user.id()).isEqualTo(id);
			assertThat(user.name()).isEqualTo("Grace Hopper");
			assertThat(user.kind()).isEqualTo(UserKind.DEFAULT);
			assertThat(user.state()).isEqualTo(UserState.ACTIVE);
			assertThat(user.createDate()).isNotNull();
		});
	}

	@Test
	void pagesThroughUsers() {
		for (int i = 0; i < 6; i++) {
			this.server.users().add("User " + i, "user" + i + "@example.com");
		}
		runner().run((context) -> {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			Page<User> page = users.getUserPage(2, 3).block();
			assertThat(page.total()).isEqualTo(7);
			assertThat(page.items()).hasSize(3);
			List<User> all = users.getUserAll(2).collectList().block();
			assertThat(all).hasSize(7);
			assertThat(all).extracting(User::id).doesNotHaveDuplicates();
			assertThat(this.server.apiRequests("GET", "/umbraco/management/api/v1/user")).isEqualTo(1 + 4);
		});
	}

	@Test
	void mapsNotFoundToAnExceptionWithTheProblemDetails() {
		runner().run((context) -> {
			UUID unknown = UUID.randomUUID();
			assertThatExceptionOfType(UmbracoNotFoundException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getUser(unknown).block())
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode().value()).isEqualTo(404);
					assertThat(ex.getMethod().name()).isEqualTo("GET");
					assertThat(ex.getUri().getPath()).isEqualTo("/umbraco/management/api/v1/user/" + unknown);
					assertThat(ex.getProblemDetails()).isNotNull();
					assertThat(ex.getOperationStatus()).isNotBlank();
					assertThat(ex.getMessage()).startsWith("GET /umbraco/management/api/v1/user/" + unknown + " -> 404")
						.contains(ex.getProblemDetails().title())
						.contains("operationStatus " + ex.getOperationStatus());
				});
		});
	}

	@Test
	void mapsAPersistentUnauthorizedToAnException() {
		this.server.failPath(USER_CURRENT, 401);
		runner().run((context) -> {
			assertThatExceptionOfType(UmbracoUnauthorizedException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
				.withMessageStartingWith("GET " + USER_CURRENT + " -> 401");
		});
	}

	@Test
	void mapsServerErrors() {
		this.server.failNext(1, 503);
		// the mapping, not the retries (UmbracoResilienceIntegrationTests): one attempt
		runner().withPropertyValues("umbraco.management.retry.enabled=false")
			.run((context) -> assertThatExceptionOfType(UmbracoServerException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
				.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503)));
	}

	@Test
	void mapsAnUnreadableBodyToADecodingException() {
		runner().run((context) -> {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			this.server.malformedJsonNext(1);
			assertThatExceptionOfType(UmbracoDecodingException.class).isThrownBy(() -> users.getCurrentUser().block())
				.withMessageStartingWith(
						"GET /umbraco/management/api/v1/user/current: the response body could not be read");
			assertThat(users.getCurrentUser().block().name()).isEqualTo("Ada Lovelace");
		});
	}

	@Test
	void mapsConnectionFailuresToAnIoException() {
		runner().withPropertyValues("umbraco.management.retry.enabled=false").run((context) -> {
			UmbracoUserClient users = context.getBean(UmbracoUserClient.class);
			users.getCurrentUser().block();
			this.server.resetConnectionNext(1);
			assertThatExceptionOfType(UmbracoIoException.class).isThrownBy(() -> users.getCurrentUser().block())
				.withMessageStartingWith("GET " + USER_CURRENT + " failed without a response");
		});
	}

	@Test
	void mapsInvalidClientToAnAuthenticationExceptionLikeUmbracosExample() {
		runner().withPropertyValues("umbraco.management.client-secret=wrong").run((context) -> {
			assertThatExceptionOfType(UmbracoAuthenticationException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
				.satisfies((ex) -> {
					assertThat(ex.getError()).isEqualTo("invalid_client");
					assertThat(ex.getErrorDescription()).isEqualTo("The specified client credentials are invalid.");
					assertThat(ex.getMessage()).isEqualTo(
							"Error obtaining a token: The specified client credentials are invalid. (invalid_client)");
				});
			assertThat(this.server.tokenRequests(TokenOutcome.INVALID_CLIENT)).isEqualTo(1);
			assertThat(this.server.apiRequests()).isZero();
		});
	}

	@Test
	void reportsAnUnreachableTokenEndpoint() {
		String baseUrl = this.server.baseUrl();
		this.server.close();
		runner().withPropertyValues("umbraco.management.base-url=" + baseUrl).run((context) -> {
			assertThatExceptionOfType(UmbracoAuthenticationException.class)
				.isThrownBy(() -> context.getBean(UmbracoUserClient.class).getCurrentUser().block())
				.withMessageStartingWith("Error obtaining a token: could not reach " + baseUrl);
		});
	}

	@Test
	void appliesBootsWebClientCustomizers() {
		List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		WebClientCustomizer customizer = (builder) -> builder
			.filter(ExchangeFilterFunction.ofRequestProcessor((request) -> {
				seen.add(request.url().getPath());
				return reactor.core.publisher.Mono.just(request);
			}));
		runner().withBean(WebClientCustomizer.class, () -> customizer).run((context) -> {
			context.getBean(UmbracoUserClient.class).getCurrentUser().block();
			assertThat(seen).containsExactlyInAnyOrder("/umbraco/management/api/v1/security/back-office/token",
					USER_CURRENT);
			// the shared builder itself is left alone
			assertThat(context.getBean(WebClient.Builder.class)).isNotNull();
		});
	}

	@Test
	void aCustomizersUriBuilderFactoryDoesNotMoveUmbracoCallsOffTheBaseUrl() {
		WebClientCustomizer customizer = (builder) -> builder
			.uriBuilderFactory(new DefaultUriBuilderFactory("http://elsewhere.invalid"));
		runner().withBean(WebClientCustomizer.class, () -> customizer).run((context) -> {
			CurrentUser user = context.getBean(UmbracoUserClient.class).getCurrentUser().block(Duration.ofSeconds(10));
			assertThat(user).isNotNull();
			assertThat(this.server.requests()).extracting(RecordedRequest::path).contains(USER_CURRENT);
		});
	}

	@Test
	void theEscapeHatchWebClientIsAuthenticatedAndMapsErrors() {
		runner().run((context) -> {
			WebClient webClient = context.getBean(UmbracoManagementAutoConfiguration.WEB_CLIENT_BEAN_NAME,
					WebClient.class);
			String body = webClient.get().uri(USER_CURRENT).retrieve().bodyToMono(String.class).block();
			assertThat(body).contains("\"name\":\"Ada Lovelace\"");
			assertThatExceptionOfType(UmbracoException.class)
				.isThrownBy(() -> webClient.get()
					.uri("/umbraco/management/api/v1/user/{id}", UUID.randomUUID())
					.retrieve()
					.bodyToMono(String.class)
					.block(Duration.ofSeconds(10)))
				.isInstanceOf(UmbracoNotFoundException.class);
		});
	}

	private List<RecordedRequest> tokenRequests() {
		return this.server.requests()
			.stream()
			.filter((request) -> request.path().endsWith("/security/back-office/token"))
			.toList();
	}

	private static String header(RecordedRequest request, String name) {
		return request.headers()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

}
