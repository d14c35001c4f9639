package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code DocumentVariantStateModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record DocumentVariantState(@JsonValue String value) {

	/** {@code NotCreated}. */
	public static final DocumentVariantState NOT_CREATED = new DocumentVariantState("NotCreated");

	/** {@code Draft}. */
	public static final DocumentVariantState DRAFT = new DocumentVariantState("Draft");

	/** {@code Published}. */
	public static final DocumentVariantState PUBLISHED = new DocumentVariantState("Published");

	/** {@code PublishedPendingChanges}. */
	public static final DocumentVariantState PUBLISHED_PENDING_CHANGES = new DocumentVariantState("PublishedPendingChanges");

	/**
	 * Creates a value.
	 */
	public DocumentVariantState {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static DocumentVariantState of(String value) {
		return new DocumentVariantState(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
