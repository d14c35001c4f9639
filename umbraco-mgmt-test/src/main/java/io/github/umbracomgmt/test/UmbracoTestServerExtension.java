package io.github.umbracomgmt.test;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link UmbracoTestServer} for the tests of one class, for tests that use no
 * Spring context:
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static UmbracoTestServerExtension umbraco = new UmbracoTestServerExtension();
 * }</pre>
 *
 * <p>
 * The server starts before all tests and stops after all; {@code @Nested} classes share
 * their outer class's server. Test and lifecycle methods may also declare an
 * {@code UmbracoTestServer} parameter. Register it on a {@code static} field: JUnit only
 * calls class-level callbacks for static registrations.
 */
public final class UmbracoTestServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private final UmbracoTestServer.Builder builder;

	private volatile @Nullable UmbracoTestServer server;

	private volatile @Nullable String ownerId;

	/** An extension whose server has the default client, lifetime and clock. */
	public UmbracoTestServerExtension() {
		this(UmbracoTestServer.builder());
	}

	/**
	 * An extension whose server is configured by the given builder, e.g. with a test
	 * clock.
	 */
	public UmbracoTestServerExtension(UmbracoTestServer.Builder builder) {
		this.builder = Objects.requireNonNull(builder, "builder");
	}

	/** The running server. */
	public UmbracoTestServer server() {
		UmbracoTestServer current = this.server;
		if (current == null) {
			throw new IllegalStateException("The Umbraco test server is not running: register "
					+ "UmbracoTestServerExtension with @RegisterExtension on a static field");
		}
		return current;
	}

	/** Starts the server unless an enclosing class already did. */
	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.server == null) {
			this.server = this.builder.start();
			this.ownerId = context.getUniqueId();
		}
	}

	/** Stops the server when the class that started it is done. */
	@Override
	public void afterAll(ExtensionContext context) {
		if (this.server != null && context.getUniqueId().equals(this.ownerId)) {
			this.server.close();
			this.server = null;
			this.ownerId = null;
		}
	}

	/** Offers the server to parameters of type {@link UmbracoTestServer}. */
	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == UmbracoTestServer.class;
	}

	/** Resolves the running server. */
	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return server();
	}

}
