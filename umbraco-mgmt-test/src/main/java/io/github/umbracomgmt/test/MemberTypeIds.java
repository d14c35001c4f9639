package io.github.umbracomgmt.test;

import java.util.UUID;

/**
 * The id of the member type every Umbraco site is installed with, which
 * {@link UmbracoTestServer} also provides, so tests (and clients that hard-code it) can
 * create members without creating a type first.
 */
public final class MemberTypeIds {

	/**
	 * {@code Member} (alias {@code Member}, icon {@code icon-user}): one Textarea
	 * property, {@code umbracoMemberComments}.
	 */
	public static final UUID MEMBER = UUID.fromString("d59be02f-1df9-4228-aa1e-01917d806cda");

	private MemberTypeIds() {
	}

}
