package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, so token expiry, refresh and backoff are tested without
 * waiting: give the same instance to the fake ({@link UmbracoTestServer.Builder#clock})
 * and, as a bean named {@code umbracoClock}, to the starter.
 *
 * @author umbraco-mgmt
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	/**
	 * Creates a clock standing still at the given instant.
	 * @param start the instant
	 */
	public MutableClock(Instant start) {
		this.now = start;
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		if (ZoneOffset.UTC.equals(zone.normalized())) {
			return this;
		}
		throw new UnsupportedOperationException("The test clock is always UTC");
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
