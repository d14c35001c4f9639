package io.github.umbracomgmt.test;

import java.util.Objects;
import java.util.UUID;

/**
 * The health checks of an {@link UmbracoTestServer} (see {@link BuiltInHealthChecks}),
 * e.g. {@code umbraco.healthChecks().setResult(checkId, "Error", "Broken")}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestHealthChecks {

	private final HealthCheckResources healthChecks;

	TestHealthChecks(HealthCheckResources healthChecks) {
		this.healthChecks = healthChecks;
	}

	/**
	 * Makes a health check (see {@link BuiltInHealthChecks}) report one result, e.g.
	 * {@code Error}, when its group is checked; a failing check offers its actions, and
	 * running one mends it.
	 * @param resultType {@code Success}, {@code Warning}, {@code Error} or {@code Info}
	 */
	public void setResult(UUID checkId, String resultType, String message) {
		this.healthChecks.setResult(Objects.requireNonNull(checkId, "checkId"),
				Objects.requireNonNull(resultType, "resultType"), Objects.requireNonNull(message, "message"));
	}

	/** Makes every health check pass again. */
	public void reset() {
		this.healthChecks.reset();
	}

}
