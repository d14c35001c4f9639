package io.github.umbracomgmt.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributors;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import io.github.umbracomgmt.autoconfigure.UmbracoHealthContributorAutoConfiguration;
import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.test.MutableClock;
import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code umbraco} health contributor against the fake Umbraco over HTTP: what it
 * reports, what it costs Umbraco, and when it is registered. The cache is timed by a
 * {@link MutableClock} shared with the fake.
 */
class UmbracoHealthIndicatorTests {

	private static final String STATUS_PATH = "/umbraco/management/api/v1/server/status";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final UmbracoTestServer server = UmbracoTestServer.builder().clock(this.clock).start();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(UmbracoManagementAutoConfiguration.class,
				UmbracoHealthContributorAutoConfiguration.class))
		.withBean(UmbracoManagementAutoConfiguration.CLOCK_BEAN_NAME, Clock.class, () -> this.clock)
		.withPropertyValues(this.server.propertyValues());

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void upWhenTheSiteRunsAndATokenIsAtHand() {
		this.server.setVersion("17.3.0");
		this.runner.run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("serverStatus", "Run").containsEntry("version", "17.3.0");
			assertThat(this.server.tokenRequests()).isEqualTo(1);
		});
	}

	@Test
	void neverShowsTheSecretOrTheToken() {
		this.runner.withPropertyValues("umbraco.management.client-secret=wrong-secret").run((context) -> {
			Health down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.toString()).doesNotContain("wrong-secret");
		});
		this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=0").run((context) -> {
			Health up = health(context);
			String token = context.getBean(UmbracoTokenManager.class).getCachedToken().getTokenValue();
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.toString()).doesNotContain(token).doesNotContain(this.server.clientSecret());
		});
	}

	@Test
	void reusesTheResultForTheCacheTimeToLive() {
		this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=10s").run((context) -> {
			List<Health> concurrent = Flux
				.merge(IntStream.range(0, 20).mapToObj((i) -> indicator(context).health()).toList())
				.collectList()
				.block();
			assertThat(concurrent).extracting(Health::getStatus).containsOnly(Status.UP);
			this.clock.advance(Duration.ofSeconds(9));
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			assertThat(this.server.apiRequests("GET", STATUS_PATH)).isEqualTo(1);

			this.server.setServerStatus("Upgrade");
			this.clock.advance(Duration.ofSeconds(2));
			assertThat(health(context).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(this.server.apiRequests("GET", STATUS_PATH)).isEqualTo(2);
		});
	}

	@Test
	void outOfServiceWhileUmbracoUpgradesDownWhenItsBootFailed() {
		this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=0").run((context) -> {
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			this.server.setServerStatus("Upgrade");
			Health upgrading = health(context);
			assertThat(upgrading.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(upgrading.getDetails()).containsEntry("serverStatus", "Upgrade")
				.containsEntry("version", this.server.version());
			this.server.setServerStatus("BootFailed");
			Health failed = health(context);
			assertThat(failed.getStatus()).isEqualTo(Status.DOWN);
			assertThat(failed.getDetails()).containsEntry("serverStatus", "BootFailed");
		});
	}

	@Test
	void downWithTheTokenErrorWhenTheCredentialsAreRejectedWithoutExtraTokenRequests() {
		this.runner
			.withPropertyValues("umbraco.management.client-secret=wrong",
					"management.health.umbraco.cache-time-to-live=0", "umbraco.management.token-failure-backoff=30s")
			.run((context) -> {
				for (int i = 0; i < 5; i++) {
					Health health = health(context);
					assertThat(health.getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.getDetails()).containsEntry("serverStatus", "Run")
						.containsEntry("tokenError", "invalid_client");
					assertThat((String) health.getDetails().get("error")).contains("invalid_client");
				}
				assertThat(this.server.tokenRequests()).as("the token manager backs off; checks add no requests")
					.isEqualTo(1);
				assertThat(this.server.apiRequests("GET", STATUS_PATH)).isEqualTo(5);
			});
	}

	@Test
	void upWithoutAVersionWhenTheApiUserMayNotReadTheServerInformation() {
		this.server.failPath("/umbraco/management/api/v1/server/information", 403);
		this.runner.run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("serverStatus", "Run").doesNotContainKey("version");
		});
	}

	@Test
	void downWhenUmbracoRejectsTheToken() {
		this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=0").run((context) -> {
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			this.server.failPath("/umbraco/management/api/v1/server/information", 401);
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("serverStatus", "Run").containsKey("error");
		});
	}

	@Test
	void downWhenUmbracoDoesNotAnswerThenUpWhenItIsBack() {
		this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=0").run((context) -> {
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			this.server.stop();
			Health down = health(context);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("version", this.server.version()).containsKey("error");
			assertThat(down.getDetails()).doesNotContainKey("serverStatus");
			this.server.restart();
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			assertThat(this.server.tokenRequests()).isEqualTo(1);
		});
	}

	@Test
	void downWhenUmbracoAnswersTooSlowly() {
		this.runner
			.withPropertyValues("management.health.umbraco.cache-time-to-live=0",
					"management.health.umbraco.timeout=200ms")
			.run((context) -> {
				this.server.setApiLatency(Duration.ofSeconds(3));
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("error",
						"no answer within 200 ms (management.health.umbraco.timeout)");
			});
	}

	@Test
	void namedUmbracoAndBacksOffForTheApplicationsOwn() {
		this.runner.run((context) -> assertThat(context)
			.hasBean(UmbracoHealthContributorAutoConfiguration.HEALTH_CONTRIBUTOR_BEAN_NAME));
		this.runner
			.withBean("umbracoHealthIndicator", ReactiveHealthIndicator.class,
					() -> () -> reactor.core.publisher.Mono.just(Health.up().build()))
			.run((context) -> assertThat(context)
				.doesNotHaveBean(UmbracoHealthContributorAutoConfiguration.HEALTH_CONTRIBUTOR_BEAN_NAME));
	}

	@Test
	void offWhenDisabledOrWithoutSpringBootHealth() {
		this.runner.withPropertyValues("management.health.umbraco.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ReactiveHealthContributor.class));
		this.runner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ReactiveHealthContributor.class));
		this.runner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(UmbracoHealthContributorAutoConfiguration.HEALTH_CONTRIBUTOR_BEAN_NAME);
			assertThat(context).hasSingleBean(UmbracoTokenManager.class);
		});
	}

	@Test
	void aNegativeCacheTimeFailsAtStartupNamingTheProperty() {
		this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=-1s")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("must be 0 or more"));
		this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=-1s")
			.run((context) -> assertThat(context).getFailure().hasMessageContaining("management.health.umbraco"));
	}

	@Test
	void oneEntryPerSiteEachWithItsOwnStatus() {
		try (UmbracoTestServer blog = UmbracoTestServer.builder()
			.clientId("umbraco-back-office-blog")
			.clientSecret("blog-secret")
			.clock(this.clock)
			.start()) {
			this.runner.withPropertyValues("management.health.umbraco.cache-time-to-live=0")
				.withPropertyValues(blog.propertyValues("umbraco.management.sites.blog"))
				.run((context) -> {
					CompositeReactiveHealthContributor sites = context.getBean("umbracoHealthContributor",
							CompositeReactiveHealthContributor.class);
					assertThat(sites.stream().map(ReactiveHealthContributors.Entry::name)).containsExactly("default",
							"blog");
					assertThat(siteHealth(sites, "blog").getStatus()).isEqualTo(Status.UP);
					blog.setServerStatus("Upgrade");
					assertThat(siteHealth(sites, "default").getStatus()).isEqualTo(Status.UP);
					assertThat(siteHealth(sites, "blog").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
					assertThat(this.server.tokenRequests()).isEqualTo(1);
					assertThat(blog.tokenRequests()).isEqualTo(1);
				});
		}
	}

	private static Health siteHealth(CompositeReactiveHealthContributor sites, String name) {
		return ((ReactiveHealthIndicator) sites.getContributor(name)).health().block(Duration.ofSeconds(10));
	}

	private static ReactiveHealthIndicator indicator(ApplicationContext context) {
		return context.getBean(UmbracoHealthContributorAutoConfiguration.HEALTH_CONTRIBUTOR_BEAN_NAME,
				ReactiveHealthIndicator.class);
	}

	private static Health health(ApplicationContext context) {
		return indicator(context).health().block(Duration.ofSeconds(10));
	}

}
