package io.github.umbracomgmt.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.error.UmbracoIoException;
import io.github.umbracomgmt.error.UmbracoRateLimitException;
import io.github.umbracomgmt.error.UmbracoServerException;
import io.github.umbracomgmt.error.UmbracoTimeoutException;
import io.github.umbracomgmt.test.MutableClock;
import io.github.umbracomgmt.test.UmbracoTestServer;
import io.github.umbracomgmt.token.MicrometerTokenMetrics;
import io.github.umbracomgmt.token.TestRegistrations;
import io.github.umbracomgmt.token.UmbracoTokenManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What {@link UmbracoRetryFilter} retries, against the fake Umbraco over HTTP. Waits run
 * on a virtual-time scheduler, so "waits one second" is asserted by moving time, not by
 * sleeping.
 */
class UmbracoRetryFilterTests {

	private static final String USER_CURRENT = "/umbraco/management/api/v1/user/current";

	private static final String USER = "/umbraco/management/api/v1/user";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final ReactorClientHttpConnector connector = new ReactorClientHttpConnector();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private UmbracoTestServer server;

	private UmbracoTokenManager tokenManager;

	@BeforeEach
	void start() {
		this.server = UmbracoTestServer.builder().clock(this.clock).start();
		this.tokenManager = UmbracoTokenManager
			.builder(TestRegistrations.of(this.server),
					UmbracoWebClients.tokenWebClient(WebClient.builder(), this.connector))
			.clock(this.clock)
			.metrics(new MicrometerTokenMetrics(this.meters, "default"))
			.build();
		// a token up front: the API requests counted below are the calls' own
		this.tokenManager.getToken().block();
	}

	@AfterEach
	void stop() {
		this.server.close();
		this.time.dispose();
	}

	private UmbracoRetryPolicy.Builder policy() {
		return UmbracoRetryPolicy.builder()
			.scheduler(this.time)
			.clock(this.clock)
			.totalTimeout(null)
			.metrics(new MicrometerRetryMetrics(this.meters));
	}

	private WebClient api(UmbracoRetryPolicy policy) {
		return api(policy, this.connector);
	}

	private WebClient api(UmbracoRetryPolicy policy, ReactorClientHttpConnector connector) {
		UmbracoTimeouts timeouts = UmbracoTimeouts.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
				"umbraco.management");
		return UmbracoWebClients.apiWebClient(WebClient.builder(), connector, this.server.baseUrl(), this.tokenManager,
				timeouts, List.of(policy.filter()));
	}

	private CompletableFuture<String> get(WebClient api, String path) {
		return api.get().uri(path).retrieve().bodyToMono(String.class).toFuture();
	}

	/**
	 * Waits until the filter has scheduled its {@code count}th wait, so moving time
	 * cannot outrun it.
	 */
	private void awaitScheduledWaits(long count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.time.getScheduledTaskCount() >= count);
	}

	/** What a call that must fail within the time failed with. */
	private static ThrowableAssertAlternative<?> failure(CompletableFuture<?> call, Duration within) {
		return assertThat(call).failsWithin(within)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause();
	}

	private double retries(String method, String status, String outcome) {
		var counter = this.meters.find(MicrometerRetryMetrics.RETRIES)
			.tags("method", method, "status", status, "outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void retriesAGetAfter503WithRetryAfterAndWaitsTheSecondsItAsks() throws Exception {
		this.server.failNext(2, 503, Map.of("Retry-After", "1"));
		CompletableFuture<String> call = get(api(policy().build()), USER_CURRENT);

		awaitScheduledWaits(1);
		assertThat(this.server.apiRequests()).isEqualTo(1);
		this.time.advanceTimeBy(Duration.ofMillis(999));
		assertThat(this.server.apiRequests()).as("no retry before Retry-After has passed").isEqualTo(1);
		this.time.advanceTimeBy(Duration.ofMillis(1));
		awaitScheduledWaits(2);
		assertThat(this.server.apiRequests()).isEqualTo(2);
		this.time.advanceTimeBy(Duration.ofSeconds(1));

		assertThat(call.get(10, TimeUnit.SECONDS)).contains("\"userName\"");
		assertThat(this.server.apiRequests()).isEqualTo(3);
		assertThat(this.time.now(TimeUnit.MILLISECONDS)).as("virtual time spent waiting").isEqualTo(2000);
		assertThat(retries("GET", "503", "retried")).isEqualTo(2);
	}

	@Test
	void waitsUntilARetryAfterGivenAsAnHttpDate() throws Exception {
		String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(this.clock.instant().plusSeconds(2).atOffset(ZoneOffset.UTC));
		this.server.failNext(1, 503, Map.of("Retry-After", inTwoSeconds));
		CompletableFuture<String> call = get(api(policy().build()), USER_CURRENT);

		awaitScheduledWaits(1);
		this.time.advanceTimeBy(Duration.ofMillis(1999));
		assertThat(this.server.apiRequests()).isEqualTo(1);
		this.time.advanceTimeBy(Duration.ofMillis(1));

		assertThat(call.get(10, TimeUnit.SECONDS)).contains("\"userName\"");
		assertThat(this.server.apiRequests()).isEqualTo(2);
	}

	@Test
	void failsAtOnceCarryingTheRetryAfterWhenItIsLongerThanTheLimit() {
		this.server.failNext(1, 429, Map.of("Retry-After", "120"));
		long start = System.nanoTime();
		CompletableFuture<String> call = get(api(policy().build()), USER_CURRENT);

		failure(call, Duration.ofSeconds(1)).isInstanceOfSatisfying(UmbracoRateLimitException.class,
				(ex) -> assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(120)));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		assertThat(this.server.apiRequests()).isEqualTo(1);
		assertThat(this.time.getScheduledTaskCount()).isZero();
		assertThat(retries("GET", "429", "retry_after_too_long")).isEqualTo(1);
	}

	@Test
	void neverRetriesAPostThatGot503() {
		this.server.failNext(1, 503);
		CompletableFuture<String> call = api(policy().build()).post()
			.uri(USER)
			.bodyValue(Map.of("name", "Ada", "email", "ada@example.com", "userName", "ada@example.com", "userGroupIds",
					List.of()))
			.retrieve()
			.bodyToMono(String.class)
			.toFuture();

		failure(call, Duration.ofSeconds(5)).isInstanceOf(UmbracoServerException.class);
		assertThat(this.server.apiRequests()).isEqualTo(1);
		assertThat(this.time.getScheduledTaskCount()).isZero();
	}

	@Test
	void retriesAGetWhoseConnectionWasReset() throws Exception {
		this.server.resetConnectionNext(1);
		CompletableFuture<String> call = get(api(policy().build()), USER_CURRENT);

		awaitScheduledWaits(1);
		this.time.advanceTimeBy(Duration.ofSeconds(5));

		assertThat(call.get(10, TimeUnit.SECONDS)).contains("\"userName\"");
		assertThat(this.server.apiRequests()).isEqualTo(2);
		assertThat(retries("GET", "IO_ERROR", "retried")).isEqualTo(1);
	}

	@Test
	void doesNotRetryAPostWhoseConnectionWasResetAfterItWasSent() {
		this.server.resetConnectionNext(1);
		CompletableFuture<String> call = api(policy().build()).post()
			.uri(USER)
			.bodyValue(Map.of("name", "Ada"))
			.retrieve()
			.bodyToMono(String.class)
			.toFuture();

		failure(call, Duration.ofSeconds(5)).isInstanceOf(UmbracoIoException.class);
		assertThat(this.server.apiRequests()).isEqualTo(1);
	}

	@Test
	void retriesAPostWhenTheConnectionCouldNotBeEstablished() throws Exception {
		this.server.stop();
		// no connection pool: a pooled connection the stopped server closed could be
		// picked up and written to,
		// which is a failure after sending, not the refused connection this test is about
		ReactorClientHttpConnector unpooled = new ReactorClientHttpConnector(
				reactor.netty.http.client.HttpClient.newConnection());
		CompletableFuture<org.springframework.http.ResponseEntity<Void>> call = api(policy().build(), unpooled).post()
			.uri("/umbraco/management/api/v1/user-group")
			.bodyValue(Map.of("name", "Editors", "alias", "editors2", "sections", List.of(), "languages", List.of(),
					"hasAccessToAllLanguages", true, "documentRootAccess", true, "mediaRootAccess", true,
					"fallbackPermissions", List.of(), "permissions", List.of()))
			.retrieve()
			.toBodilessEntity()
			.toFuture();

		awaitScheduledWaits(1);
		this.server.restart();
		this.time.advanceTimeBy(Duration.ofSeconds(5));

		assertThat(call.get(10, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(201);
		assertThat(this.server.apiRequests("POST", "/umbraco/management/api/v1/user-group")).isEqualTo(1);
		assertThat(retries("POST", "IO_ERROR", "retried")).isEqualTo(1);
	}

	@Test
	void retriesPutAndDeleteOnlyWhenIdempotentWritesAreAllowed() throws Exception {
		String path = "/umbraco/management/api/v1/user/" + this.server.users().add("Ada", "ada@example.com");
		this.server.failNext(1, 503);
		CompletableFuture<?> withoutOptIn = api(policy().build()).delete()
			.uri(path)
			.retrieve()
			.toBodilessEntity()
			.toFuture();
		failure(withoutOptIn, Duration.ofSeconds(5)).isInstanceOf(UmbracoServerException.class);
		assertThat(this.server.apiRequests("DELETE", path)).isEqualTo(1);

		this.server.failNext(1, 503);
		CompletableFuture<?> withOptIn = api(policy().idempotentWrites(true).build()).delete()
			.uri(path)
			.retrieve()
			.toBodilessEntity()
			.toFuture();
		awaitScheduledWaits(1);
		this.time.advanceTimeBy(Duration.ofSeconds(5));
		withOptIn.get(10, TimeUnit.SECONDS);
		assertThat(this.server.apiRequests("DELETE", path)).isEqualTo(3);
	}

	@Test
	void givesUpAfterMaxAttemptsAndHandsOnTheLastResponse() {
		this.server.failNext(5, 502);
		CompletableFuture<String> call = get(api(policy().maxAttempts(3).build()), USER_CURRENT);

		awaitScheduledWaits(1);
		this.time.advanceTimeBy(Duration.ofSeconds(5));
		awaitScheduledWaits(2);
		this.time.advanceTimeBy(Duration.ofSeconds(5));

		failure(call, Duration.ofSeconds(10)).isInstanceOfSatisfying(UmbracoServerException.class, (ex) -> {
			assertThat(ex.getStatusCode().value()).isEqualTo(502);
			assertThat(ex.getProblemDetails().detail()).isEqualTo("Injected by UmbracoTestServer.");
		});
		assertThat(this.server.apiRequests()).isEqualTo(3);
		assertThat(retries("GET", "502", "retried")).isEqualTo(2);
		assertThat(retries("GET", "502", "exhausted")).isEqualTo(1);
	}

	@Test
	void judgesEachAttemptsResponseOnceWhenTheFirstAttemptGotNone() {
		this.server.resetConnectionNext(1);
		CompletableFuture<String> call = get(api(policy().maxAttempts(3).build()), USER_CURRENT);

		awaitScheduledWaits(1);
		this.server.failNext(5, 502);
		this.time.advanceTimeBy(Duration.ofSeconds(5));
		awaitScheduledWaits(2);
		this.time.advanceTimeBy(Duration.ofSeconds(5));

		// the last 502 reaches the caller through the first attempt, which must not
		// judge it again
		failure(call, Duration.ofSeconds(10)).isInstanceOf(UmbracoServerException.class);
		assertThat(this.server.apiRequests()).isEqualTo(3);
		assertThat(retries("GET", "IO_ERROR", "retried")).isEqualTo(1);
		assertThat(retries("GET", "502", "retried")).isEqualTo(1);
		assertThat(retries("GET", "502", "exhausted")).isEqualTo(1);
	}

	@Test
	void sendsARetryWithTheTokenThatIsCurrentWhenItIsSent() throws Exception {
		this.server.failNext(1, 503, Map.of("Retry-After", "1"));
		CompletableFuture<String> call = get(api(policy().build()), USER_CURRENT);
		awaitScheduledWaits(1);
		// while the retry waits, the token expires (299 s tokens): the token put on the
		// request when it was built is
		// dead, and the retry must ask the token manager for the current one. (A token
		// merely due for refresh would
		// still be the current one: the manager hands it out and refreshes in the
		// background.)
		this.clock.advance(Duration.ofSeconds(300));
		this.time.advanceTimeBy(Duration.ofSeconds(1));

		assertThat(call.get(10, TimeUnit.SECONDS)).contains("\"userName\"");
		List<String> bearers = this.server.requests()
			.stream()
			.filter((request) -> request.path().equals(USER_CURRENT))
			.map((request) -> request.header("Authorization").orElseThrow())
			.toList();
		assertThat(bearers).hasSize(2);
		assertThat(bearers.get(1)).as("the retry's token").isNotEqualTo(bearers.get(0));
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(this.server.apiRequests()).as("no 401 on the way").isEqualTo(2);
	}

	@Test
	void sendsEachAttemptWithTheCurrentTokenAndLeavesThe401RecoveryUncounted() throws Exception {
		this.server.failNext(1, 503);
		CompletableFuture<String> call = get(api(policy().build()), USER_CURRENT);
		awaitScheduledWaits(1);
		// Umbraco forgets the token between the attempts: the retry meets a 401 and the
		// bearer filter recovers
		this.server.revokeAllTokens();
		this.time.advanceTimeBy(Duration.ofSeconds(5));

		assertThat(call.get(10, TimeUnit.SECONDS)).contains("\"userName\"");
		assertThat(this.server.apiRequests()).isEqualTo(3);
		assertThat(this.server.tokenRequests()).isEqualTo(2);
		assertThat(retries("GET", "503", "retried")).isEqualTo(1);
		assertThat(this.meters.find(MicrometerRetryMetrics.RETRIES).counters()).hasSize(1);
		assertThat(this.meters.get("umbraco.management.unauthorized.retries").counter().count()).isEqualTo(1);
	}

	@Test
	void neverRetriesABodyThatCannotBeSentTwice() {
		this.server.failNext(1, 503);
		CompletableFuture<String> call = api(policy().build()).get()
			.uri(USER_CURRENT)
			.attribute(UmbracoRetryFilter.NON_REPLAYABLE_BODY_ATTRIBUTE, true)
			.retrieve()
			.bodyToMono(String.class)
			.toFuture();

		failure(call, Duration.ofSeconds(5)).isInstanceOf(UmbracoServerException.class);
		assertThat(this.server.apiRequests()).isEqualTo(1);
	}

	@Test
	void anAttemptThatTakesTooLongFailsNamingTheLimitAndItsProperty() {
		this.server.setApiLatency(Duration.ofSeconds(30));
		CompletableFuture<String> call = get(api(policy().maxAttempts(1).attemptTimeout(Duration.ofSeconds(2)).build()),
				USER_CURRENT);

		awaitScheduledWaits(1);
		this.time.advanceTimeBy(Duration.ofSeconds(2));

		failure(call, Duration.ofSeconds(5)).isInstanceOf(UmbracoTimeoutException.class)
			.withMessage("GET " + USER_CURRENT + " timed out after 2 s (umbraco.management.retry.attempt-timeout)");
	}

	@Test
	void aRetryThatRunsPastTheTotalTimeoutFailsNamingTheLimitAndItsProperty() {
		this.server.failNext(1, 503, Map.of("Retry-After", "1"));
		CompletableFuture<String> call = get(api(policy().totalTimeout(Duration.ofMillis(1500)).build()), USER_CURRENT);

		// the wait, and the total timeout armed by the first retry
		awaitScheduledWaits(2);
		this.server.setApiLatency(Duration.ofSeconds(30));
		this.time.advanceTimeBy(Duration.ofSeconds(1));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.server.apiRequests() == 2);
		assertThat(call).isNotDone();
		this.time.advanceTimeBy(Duration.ofMillis(500));

		failure(call, Duration.ofSeconds(5)).isInstanceOf(UmbracoTimeoutException.class)
			.withMessage("GET " + USER_CURRENT + " timed out after 1.5 s (umbraco.management.retry.total-timeout)");
	}

	@Test
	void aCallThatSucceedsAtOnceSchedulesNothingAndIsNotCutByTheTotalTimeout() throws Exception {
		// the first attempt is limited by the connector's timeouts (and attempt-timeout,
		// if set), so the success path needs no timer
		this.server.setApiLatency(Duration.ofMillis(300));
		CompletableFuture<String> call = get(api(policy().totalTimeout(Duration.ofMillis(1500)).build()), USER_CURRENT);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.server.apiRequests() == 1);
		this.time.advanceTimeBy(Duration.ofSeconds(2));

		assertThat(call.get(10, TimeUnit.SECONDS)).contains("\"userName\"");
		assertThat(this.time.getScheduledTaskCount()).as("timers and waits scheduled").isZero();
		assertThat(this.meters.find(MicrometerRetryMetrics.RETRIES).counters()).isEmpty();
	}

	@Test
	void doesNotStartAWaitThatWouldEndAfterTheTotalTimeout() {
		this.server.failNext(5, 503, Map.of("Retry-After", "1"));
		CompletableFuture<String> call = get(api(policy().maxAttempts(5).totalTimeout(Duration.ofMillis(1500)).build()),
				USER_CURRENT);

		awaitScheduledWaits(2);
		this.time.advanceTimeBy(Duration.ofSeconds(1));

		failure(call, Duration.ofSeconds(5)).isInstanceOf(UmbracoServerException.class);
		assertThat(this.server.apiRequests()).isEqualTo(2);
		assertThat(this.time.now(TimeUnit.MILLISECONDS)).isEqualTo(1000);
		assertThat(retries("GET", "503", "exhausted")).isEqualTo(1);
	}

	@Test
	void logsEachRetryAtDebug() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(UmbracoRetryFilter.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		Level level = logger.getLevel();
		logger.setLevel(Level.DEBUG);
		try {
			this.server.failNext(1, 503, Map.of("Retry-After", "1"));
			CompletableFuture<String> call = get(api(policy().build()), USER_CURRENT);
			awaitScheduledWaits(1);
			this.time.advanceTimeBy(Duration.ofSeconds(1));
			call.get(10, TimeUnit.SECONDS);
			assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
				.containsExactly("Retrying GET " + USER_CURRENT + " in 1 s (Retry-After), attempt 2 of 3: HTTP 503");
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(appender);
		}
	}

}
