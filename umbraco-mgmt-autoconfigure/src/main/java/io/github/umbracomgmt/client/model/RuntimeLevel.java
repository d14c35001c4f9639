package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code RuntimeLevelModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record RuntimeLevel(@JsonValue String value) {

	/** {@code Unknown}. */
	public static final RuntimeLevel UNKNOWN = new RuntimeLevel("Unknown");

	/** {@code Boot}. */
	public static final RuntimeLevel BOOT = new RuntimeLevel("Boot");

	/** {@code Install}. */
	public static final RuntimeLevel INSTALL = new RuntimeLevel("Install");

	/** {@code Upgrade}. */
	public static final RuntimeLevel UPGRADE = new RuntimeLevel("Upgrade");

	/** {@code Run}. */
	public static final RuntimeLevel RUN = new RuntimeLevel("Run");

	/** {@code BootFailed}. */
	public static final RuntimeLevel BOOT_FAILED = new RuntimeLevel("BootFailed");

	/**
	 * Creates a value.
	 */
	public RuntimeLevel {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static RuntimeLevel of(String value) {
		return new RuntimeLevel(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
