package io.github.umbracomgmt.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Management API operation a typed client method calls, and the Umbraco versions that
 * have it: the first version among the OpenAPI documents the clients were generated from
 * that has it, and the first that no longer has it. The starter reads it to explain a 404
 * from a server that is too old
 * ({@link io.github.umbracomgmt.error.UmbracoUnsupportedOperationException}) and to
 * answer {@link UmbracoServerProbe#supports(String)}.
 *
 * @author umbraco-mgmt
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UmbracoOperation {

	/**
	 * The operation id in the OpenAPI document, e.g. {@code GetDocumentById}.
	 * @return the operation id
	 */
	String id();

	/**
	 * The first Umbraco version that has the operation, e.g. {@code 16.0}.
	 * @return the version
	 */
	String since();

	/**
	 * The first Umbraco version that no longer has the operation, or empty while it
	 * exists.
	 * @return the version, or empty
	 */
	String removed() default "";

}
