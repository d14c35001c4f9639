package io.github.umbracomgmt.test;

import java.util.UUID;

/**
 * The ids of the user groups every Umbraco site is installed with (Umbraco's
 * {@code Constants.Security} keys), which {@link UmbracoTestServer} also provides, so
 * tests and clients that hard-code them find them.
 */
public final class UserGroupIds {

	/**
	 * {@code Administrators} (alias {@code admin}): every section; a system group that
	 * cannot be deleted.
	 */
	public static final UUID ADMIN = UUID.fromString("e5e7f6c8-7f9c-4b5b-8d5d-9e1e5a4f7e4d");

	/**
	 * {@code Editors} (alias {@code editor}): content and media; the default API user's
	 * group.
	 */
	public static final UUID EDITOR = UUID.fromString("44dc260e-b4d4-4dd9-9081-eec5598f1641");

	/** {@code Writers} (alias {@code writer}): content, without publishing. */
	public static final UUID WRITER = UUID.fromString("9fc2a16f-528c-46d6-a014-75bf4ec2480c");

	/**
	 * {@code Translators} (alias {@code translator}): the translation section; a system
	 * group.
	 */
	public static final UUID TRANSLATOR = UUID.fromString("f2012e4c-d232-4bd1-8eae-4384032d97d8");

	/**
	 * {@code Sensitive data} (alias {@code sensitiveData}): may see sensitive member
	 * data; a system group.
	 */
	public static final UUID SENSITIVE_DATA = UUID.fromString("8c6ad70f-d307-4e4a-af58-72c2e4e9439d");

	private UserGroupIds() {
	}

}
