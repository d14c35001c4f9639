package io.github.umbracomgmt.error;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Reads an HTTP {@code Retry-After} header in both of its forms (RFC 9110 section
 * 10.2.3): delay-seconds ({@code Retry-After: 120}) and an HTTP-date
 * ({@code Retry-After: Wed, 21 Oct 2026 07:28:00 GMT}).
 *
 * <p>
 * An HTTP-date is measured from the response's own {@code Date} header when it has one,
 * so a server clock that differs from ours does not change the wait; otherwise from the
 * given instant.
 *
 * @author umbraco-mgmt
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * The wait a response asks for.
	 * @param headers the response headers
	 * @param now the current time, used when the response has no {@code Date} header
	 * @return the wait (zero for a date in the past), or empty when the header is absent
	 * or unreadable
	 */
	public static Optional<Duration> of(HttpHeaders headers, Instant now) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String trimmed = value.trim();
		if (trimmed.matches("\\d{1,18}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
		}
		Instant date = parseDate(trimmed);
		if (date == null) {
			return Optional.empty();
		}
		Instant reference = parseDate(headers.getFirst(HttpHeaders.DATE));
		Duration wait = Duration.between((reference != null) ? reference : now, date);
		return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
	}

	private static @Nullable Instant parseDate(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
