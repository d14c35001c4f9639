package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code HealthStatusModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record HealthStatus(@JsonValue String value) {

	/** {@code Healthy}. */
	public static final HealthStatus HEALTHY = new HealthStatus("Healthy");

	/** {@code Unhealthy}. */
	public static final HealthStatus UNHEALTHY = new HealthStatus("Unhealthy");

	/** {@code Rebuilding}. */
	public static final HealthStatus REBUILDING = new HealthStatus("Rebuilding");

	/** {@code Corrupt}. */
	public static final HealthStatus CORRUPT = new HealthStatus("Corrupt");

	/**
	 * Creates a value.
	 */
	public HealthStatus {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static HealthStatus of(String value) {
		return new HealthStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
