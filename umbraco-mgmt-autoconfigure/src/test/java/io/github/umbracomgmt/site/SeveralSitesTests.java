package io.github.umbracomgmt.site;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.http.HttpHeaders;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.client.model.CurrentUser;
import io.github.umbracomgmt.error.UmbracoServerException;
import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two named sites and the default one in one application, against three fake Umbracos
 * with three credentials: each site has its own single-flight token, its own meters and
 * its own revocation, and no token crosses sites.
 */
class SeveralSitesTests {

	private static final String CURRENT_USER = "/umbraco/management/api/v1/user/current";

	private static final UmbracoTestServer main = UmbracoTestServer.start();

	private static final UmbracoTestServer blog = UmbracoTestServer.builder()
		.clientId("umbraco-back-office-blog")
		.clientSecret("blog-secret")
		.start();

	private static final UmbracoTestServer shop = UmbracoTestServer.builder()
		.clientId("umbraco-back-office-shop")
		.clientSecret("shop-secret")
		.start();

	/** The starter and what it needs, no site configured. */
	private final ApplicationContextRunner starter = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
						WebClientAutoConfiguration.class, UmbracoManagementAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class);

	private final ApplicationContextRunner runner = this.starter.withPropertyValues(site("umbraco.management", main))
		.withPropertyValues(site("umbraco.management.sites.blog", blog))
		.withPropertyValues(site("umbraco.management.sites.shop", shop));

	@BeforeEach
	void reset() {
		for (UmbracoTestServer server : List.of(main, blog, shop)) {
			server.reset();
			server.revokeAllTokens();
		}
		main.users().setCurrent("Main API", "main@example.com");
		blog.users().setCurrent("Blog API", "blog@example.com");
		shop.users().setCurrent("Shop API", "shop@example.com");
	}

	@AfterAll
	static void stop() {
		main.close();
		blog.close();
		shop.close();
	}

	@Test
	void sendsOneTokenRequestPerSiteFor200ConcurrentCallsToEach() {
		this.runner.run((context) -> {
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			List<CurrentUser> users = Flux
				.merge(calls(sites.site("default").client(UmbracoUserClient.class)),
						calls(sites.site("blog").client(UmbracoUserClient.class)),
						calls(sites.site("shop").client(UmbracoUserClient.class)))
				.collectList()
				.block();

			assertThat(users).hasSize(600);
			assertThat(users.stream().collect(Collectors.groupingBy(CurrentUser::name, Collectors.counting())))
				.containsEntry("Main API", 200L)
				.containsEntry("Blog API", 200L)
				.containsEntry("Shop API", 200L);
			for (UmbracoTestServer server : List.of(main, blog, shop)) {
				assertThat(server.tokenRequests()).as("token requests of %s", server).isEqualTo(1);
				assertThat(server.apiRequests("GET", CURRENT_USER)).isEqualTo(200);
			}
		});
	}

	@Test
	void neverSendsOneSitesTokenToAnother() {
		this.runner.run((context) -> {
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			Flux.merge(calls(sites.site("default").client(UmbracoUserClient.class)),
					calls(sites.site("blog").client(UmbracoUserClient.class)),
					calls(sites.site("shop").client(UmbracoUserClient.class)))
				.blockLast();

			Set<String> mainTokens = bearers(main);
			Set<String> blogTokens = bearers(blog);
			Set<String> shopTokens = bearers(shop);
			assertThat(mainTokens).containsExactly(token(sites.site("default")));
			assertThat(blogTokens).containsExactly(token(sites.site("blog")));
			assertThat(shopTokens).containsExactly(token(sites.site("shop")));
			assertThat(Set.of(token(sites.site("default")), token(sites.site("blog")), token(sites.site("shop"))))
				.hasSize(3);
			// each fake accepted every request with the token it issued: no 401, so no
			// retry anywhere
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			for (String site : List.of("default", "blog", "shop")) {
				assertThat(meters.get("umbraco.management.unauthorized.retries").tag("site", site).counter().count())
					.isZero();
			}
		});
	}

	@Test
	void tagsEachSitesMetersWithItsName() {
		this.runner.run((context) -> {
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			calls(sites.site("blog").client(UmbracoUserClient.class)).blockLast();
			sites.site("blog").client(UmbracoUserClient.class).getCurrentUser().block();
			sites.site("shop").client(UmbracoUserClient.class).getCurrentUser().block();

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(tokenRequests(meters, "blog")).isEqualTo(1);
			assertThat(tokenRequests(meters, "shop")).isEqualTo(1);
			assertThat(tokenRequests(meters, "default")).isZero();
			// the concurrent cold-start callers share the one token request; the call
			// after them hits the cache
			assertThat(meters.get("umbraco.management.token.cache.hits").tag("site", "blog").counter().count())
				.isPositive();
			assertThat(meters.get("umbraco.management.token.cache.hits").tag("site", "default").counter().count())
				.isZero();
			assertThat(meters.find("umbraco.management.token.requests").counters())
				.allSatisfy((counter) -> assertThat(counter.getId().getTag("site")).isIn("default", "blog", "shop"));
		});
	}

	@Test
	void revokesEachSitesTokenAtShutdown() {
		this.runner.run((context) -> {
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			for (UmbracoSite site : sites.all()) {
				site.client(UmbracoUserClient.class).getCurrentUser().block();
			}
			assertThat(main.activeTokenCount()).isEqualTo(1);
			assertThat(blog.activeTokenCount()).isEqualTo(1);
			assertThat(shop.activeTokenCount()).isEqualTo(1);
		});
		for (UmbracoTestServer server : List.of(main, blog, shop)) {
			assertThat(server.revocations()).as("revocations at %s", server).isEqualTo(1);
			assertThat(server.activeTokenCount()).as("tokens left at %s", server).isZero();
		}
	}

	@Test
	void revokesTheNamedSitesTokensAllAtOnceAtShutdown() {
		Duration latency = Duration.ofSeconds(1);
		ApplicationContextRunner namedOnly = this.starter
			.withPropertyValues(site("umbraco.management.sites.main", main))
			.withPropertyValues(site("umbraco.management.sites.blog", blog))
			.withPropertyValues(site("umbraco.management.sites.shop", shop))
			// long enough for the slow revocations on a loaded machine
			.withPropertyValues("umbraco.management.sites.main.revoke-timeout=10s",
					"umbraco.management.sites.blog.revoke-timeout=10s",
					"umbraco.management.sites.shop.revoke-timeout=10s");
		namedOnly.run((context) -> {
			UmbracoSites sites = context.getBean(UmbracoSites.class);
			for (UmbracoSite site : sites.all()) {
				site.client(UmbracoUserClient.class).getCurrentUser().block();
			}
			for (UmbracoTestServer server : List.of(main, blog, shop)) {
				server.setRevocationLatency(latency);
			}
			// what the context's close runs in the sites' lifecycle phase (the close as a
			// whole also waits for Reactor Netty's quiet period)
			long start = System.nanoTime();
			sites.stop();
			Duration stopping = Duration.ofNanos(System.nanoTime() - start);
			for (UmbracoTestServer server : List.of(main, blog, shop)) {
				assertThat(server.revocations()).as("revocations at %s", server).isEqualTo(1);
			}
			// one after the other, the three would take at least 3 s; all at once, as
			// long as the slowest
			assertThat(stopping).isGreaterThanOrEqualTo(latency).isLessThan(latency.multipliedBy(3));
			assertThat(sites.isRunning()).isFalse();
		});
	}

	@Test
	void everySiteHasItsRevocationAnsweredBeforeItsConnectorStops() {
		TestObservationRegistry observations = TestObservationRegistry.create();
		this.runner.withBean(TestObservationRegistry.class, () -> observations).run((context) -> {
			for (UmbracoSite site : context.getBean(UmbracoSites.class).all()) {
				site.client(UmbracoUserClient.class).getCurrentUser().block();
			}
			// slow answers: a stop that did not wait for them would let the connectors
			// shut their pools down first
			for (UmbracoTestServer server : List.of(main, blog, shop)) {
				server.setRevocationLatency(Duration.ofMillis(300));
			}
		});
		TestObservationRegistryAssert.assertThat(observations).hasHandledContextsThatSatisfy((contexts) -> {
			List<Observation.Context> revocations = contexts.stream()
				.filter((context) -> UmbracoTokenManager.REVOKE_OBSERVATION.equals(context.getName()))
				.toList();
			assertThat(revocations).hasSize(3)
				.allSatisfy((revocation) -> assertThat(revocation.getLowCardinalityKeyValue("outcome").getValue())
					.isEqualTo("success"));
		});
	}

	@Test
	void followsEachSitesOwnRevocationSetting() {
		this.runner.withPropertyValues("umbraco.management.sites.shop.revoke-on-shutdown=false").run((context) -> {
			for (UmbracoSite site : context.getBean(UmbracoSites.class).all()) {
				site.client(UmbracoUserClient.class).getCurrentUser().block();
			}
		});
		assertThat(main.revocations()).isEqualTo(1);
		assertThat(blog.revocations()).isEqualTo(1);
		assertThat(shop.revocations()).isZero();
		assertThat(shop.activeTokenCount()).isEqualTo(1);
	}

	@Test
	void putsApiFiltersOfACustomizerBetweenTheErrorMappingAndTheBearerFilter() {
		// each exchange an API filter sees: the Authorization header it was handed, and
		// the status it got back
		Map<String, List<String>> seen = new ConcurrentHashMap<>();
		this.runner.withPropertyValues("umbraco.management.sites.blog.retry.enabled=false")
			.withBean(UmbracoSiteCustomizer.class, () -> (site) -> site
				.apiFilter((request, next) -> next.exchange(request)
					.doOnNext((response) -> seen.computeIfAbsent(site.name(), (name) -> new CopyOnWriteArrayList<>())
						.add(request.headers().getFirst(HttpHeaders.AUTHORIZATION) + " -> "
								+ response.statusCode().value()))))
			.run((context) -> {
				UmbracoSites sites = context.getBean(UmbracoSites.class);
				UmbracoUserClient blogUsers = sites.site("blog").client(UmbracoUserClient.class);
				// cold start: the request reaches the filter without a token; the bearer
				// filter, inside, adds it
				blogUsers.getCurrentUser().block();
				String first = token(sites.site("blog"));
				sites.site("default").client(UmbracoUserClient.class).getCurrentUser().block();
				// Umbraco forgets the token: the bearer filter's 401 recovery happens
				// inside the filter's one exchange
				blog.revokeAllTokens();
				blogUsers.getCurrentUser().block();
				String second = token(sites.site("blog"));
				// the filter sees the 503 as a response; the error mapping, outside,
				// turns it into the exception
				blog.failNext(1, 503);
				assertThatExceptionOfType(UmbracoServerException.class)
					.isThrownBy(() -> blogUsers.getCurrentUser().block());

				assertThat(second).isNotEqualTo(first);
				assertThat(seen.get("blog")).containsExactly("null -> 200", first + " -> 200", second + " -> 503");
				assertThat(blog.apiRequests("GET", CURRENT_USER)).as("the 401 and its recovery included").isEqualTo(4);
				assertThat(seen.get("default")).containsExactly("null -> 200");
				assertThat(seen).doesNotContainKey("shop");
			});
	}

	private static Flux<CurrentUser> calls(UmbracoUserClient users) {
		return Flux.range(0, 200).flatMap((i) -> users.getCurrentUser(), 200);
	}

	private static Set<String> bearers(UmbracoTestServer server) {
		return server.requests()
			.stream()
			.filter((request) -> request.path().equals(CURRENT_USER))
			.map((request) -> request.header("Authorization").orElse("none"))
			.collect(Collectors.toSet());
	}

	private static String token(UmbracoSite site) {
		return "Bearer " + site.tokenManager().getCachedToken().getTokenValue();
	}

	private static double tokenRequests(MeterRegistry meters, String site) {
		return meters.get("umbraco.management.token.requests")
			.tag("site", site)
			.tag("outcome", "success")
			.counter()
			.count();
	}

	static String[] site(String prefix, UmbracoTestServer server) {
		return server.propertyValues(prefix);
	}

}
