package io.github.umbracomgmt.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What most tests of the module share: a fresh {@link UmbracoTestServer} for every test,
 * stopped after it, and {@link #http} to call it, holding a token of the server's default
 * client.
 */
abstract class ServerTestSupport {

	UmbracoTestServer server;

	UmbracoHttp http;

	@BeforeEach
	void startServer() {
		this.server = configure(UmbracoTestServer.builder()).start();
		this.http = authenticated() ? UmbracoHttp.authenticated(this.server) : new UmbracoHttp(this.server);
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	/**
	 * The server's settings; a test class overrides this for a test clock, a token
	 * lifetime or a client secret.
	 */
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder;
	}

	/**
	 * Whether {@link #http} starts with a token; the tests that count token requests
	 * fetch their own.
	 */
	boolean authenticated() {
		return true;
	}

}
