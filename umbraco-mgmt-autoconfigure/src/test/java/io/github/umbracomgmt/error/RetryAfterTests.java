package io.github.umbracomgmt.error;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryAfter}: both forms of RFC 9110's {@code Retry-After}.
 */
class RetryAfterTests {

	private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");

	private static HttpHeaders headers(String retryAfter, String date) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
		if (date != null) {
			headers.set(HttpHeaders.DATE, date);
		}
		return headers;
	}

	@Test
	void readsDelaySeconds() {
		assertThat(RetryAfter.of(headers(" 120 ", null), NOW)).contains(Duration.ofSeconds(120));
	}

	@Test
	void readsAnHttpDateAgainstTheGivenTime() {
		assertThat(RetryAfter.of(headers("Wed, 21 Oct 2026 07:30:00 GMT", null), NOW))
			.contains(Duration.ofSeconds(120));
	}

	@Test
	void measuresAnHttpDateFromTheResponsesOwnDate() {
		// the server's clock is 5 minutes behind ours: its own Date header keeps the wait
		// right
		assertThat(RetryAfter.of(headers("Wed, 21 Oct 2026 07:24:00 GMT", "Wed, 21 Oct 2026 07:23:00 GMT"), NOW))
			.contains(Duration.ofSeconds(60));
	}

	@Test
	void aDateInThePastMeansNoWait() {
		assertThat(RetryAfter.of(headers("Wed, 21 Oct 2026 07:00:00 GMT", null), NOW)).contains(Duration.ZERO);
	}

	@Test
	void ignoresWhatItCannotRead() {
		assertThat(RetryAfter.of(headers("soon", null), NOW)).isEmpty();
		assertThat(RetryAfter.of(headers("-5", null), NOW)).isEmpty();
		assertThat(RetryAfter.of(new HttpHeaders(), NOW)).isEmpty();
	}

	@Test
	void formatsDurationsAsPeopleWriteThem() {
		assertThat(UmbracoTimeoutException.format(Duration.ofSeconds(1))).isEqualTo("1 s");
		assertThat(UmbracoTimeoutException.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
		assertThat(UmbracoTimeoutException.format(Duration.ofMillis(250))).isEqualTo("250 ms");
	}

}
