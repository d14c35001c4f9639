package io.github.umbracomgmt.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts an {@link UmbracoTestServer} for a Spring test context and points the
 * application at it, so an integration test needs no Umbraco site and no hand-written
 * properties.
 *
 * <p>
 * The server is a bean named {@code umbracoTestServer} (inject it to script data and
 * faults), is closed with the context, and its address and credentials are added with the
 * highest precedence as {@code umbraco.management.base-url},
 * {@code umbraco.management.client-id} and {@code umbraco.management.client-secret}. Test
 * classes with the same attributes share one cached context and so one server: call
 * {@link UmbracoTestServer#reset()} between tests that change it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureUmbracoTestServer {

	/** The API client's id, in Umbraco's {@code umbraco-back-office-} form. */
	String clientId() default UmbracoTestServer.DEFAULT_CLIENT_ID;

	/** The API client's secret. */
	String clientSecret() default UmbracoTestServer.DEFAULT_CLIENT_SECRET;

	/** Lifetime of issued tokens in seconds, reported as {@code expires_in}. */
	long tokenLifetimeSeconds() default 299;

	/**
	 * The Umbraco version the server behaves as, e.g. {@code 17.3}; empty (the default)
	 * for the newest the test kit knows. See
	 * {@link UmbracoTestServer.Builder#version(String)}.
	 */
	String version() default "";

}
