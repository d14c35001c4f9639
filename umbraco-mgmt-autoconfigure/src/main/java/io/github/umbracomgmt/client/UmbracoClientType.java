package io.github.umbracomgmt.client;

import java.util.function.Function;

import io.github.umbracomgmt.http.UmbracoCalls;

/**
 * One typed client of the Management API: the OpenAPI tag it covers, its interface, how
 * many operations it declares, the first Umbraco version that has any of them, and its
 * generated implementation. {@link UmbracoClientTypes#ALL} lists them all.
 *
 * @param tag the OpenAPI tag, e.g. {@code Document Type}
 * @param type the client interface, e.g. {@code UmbracoDocumentTypeClient}
 * @param operations the number of operations the client declares
 * @param since the first Umbraco version that has any of its operations, e.g.
 * {@code 16.0}
 * @param implementation creates the generated implementation of the interface over a
 * site's {@link UmbracoCalls}
 * @author umbraco-mgmt
 */
public record UmbracoClientType(String tag, Class<?> type, int operations, String since,
		Function<UmbracoCalls, ?> implementation) {

	/**
	 * The bean name the auto-configuration gives the client, e.g.
	 * {@code umbracoDocumentTypeClient}.
	 * @return the bean name
	 */
	public String beanName() {
		String name = this.type.getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
