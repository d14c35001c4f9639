package io.github.umbracomgmt.client.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code AuditTypeModel} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record AuditType(@JsonValue String value) {

	/** {@code New}. */
	public static final AuditType NEW = new AuditType("New");

	/** {@code Save}. */
	public static final AuditType SAVE = new AuditType("Save");

	/** {@code SaveVariant}. */
	public static final AuditType SAVE_VARIANT = new AuditType("SaveVariant");

	/** {@code Open}. */
	public static final AuditType OPEN = new AuditType("Open");

	/** {@code Delete}. */
	public static final AuditType DELETE = new AuditType("Delete");

	/** {@code Publish}. */
	public static final AuditType PUBLISH = new AuditType("Publish");

	/** {@code PublishVariant}. */
	public static final AuditType PUBLISH_VARIANT = new AuditType("PublishVariant");

	/** {@code SendToPublish}. */
	public static final AuditType SEND_TO_PUBLISH = new AuditType("SendToPublish");

	/** {@code SendToPublishVariant}. */
	public static final AuditType SEND_TO_PUBLISH_VARIANT = new AuditType("SendToPublishVariant");

	/** {@code Unpublish}. */
	public static final AuditType UNPUBLISH = new AuditType("Unpublish");

	/** {@code UnpublishVariant}. */
	public static final AuditType UNPUBLISH_VARIANT = new AuditType("UnpublishVariant");

	/** {@code Move}. */
	public static final AuditType MOVE = new AuditType("Move");

	/** {@code Copy}. */
	public static final AuditType COPY = new AuditType("Copy");

	/** {@code AssignDomain}. */
	public static final AuditType ASSIGN_DOMAIN = new AuditType("AssignDomain");

	/** {@code PublicAccess}. */
	public static final AuditType PUBLIC_ACCESS = new AuditType("PublicAccess");

	/** {@code Sort}. */
	public static final AuditType SORT = new AuditType("Sort");

	/** {@code Notify}. */
	public static final AuditType NOTIFY = new AuditType("Notify");

	/** {@code System}. */
	public static final AuditType SYSTEM = new AuditType("System");

	/** {@code RollBack}. */
	public static final AuditType ROLL_BACK = new AuditType("RollBack");

	/** {@code PackagerInstall}. */
	public static final AuditType PACKAGER_INSTALL = new AuditType("PackagerInstall");

	/** {@code PackagerUninstall}. */
	public static final AuditType PACKAGER_UNINSTALL = new AuditType("PackagerUninstall");

	/** {@code Custom}. */
	public static final AuditType CUSTOM = new AuditType("Custom");

	/** {@code ContentVersionPreventCleanup}. */
	public static final AuditType CONTENT_VERSION_PREVENT_CLEANUP = new AuditType("ContentVersionPreventCleanup");

	/** {@code ContentVersionEnableCleanup}. */
	public static final AuditType CONTENT_VERSION_ENABLE_CLEANUP = new AuditType("ContentVersionEnableCleanup");

	/**
	 * Creates a value.
	 */
	public AuditType {
		Objects.requireNonNull(value, "value must not be null");
	}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static AuditType of(String value) {
		return new AuditType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
