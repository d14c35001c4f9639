package io.github.umbracomgmt.test;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class UmbracoTestServerExtensionTests {

	@RegisterExtension
	static UmbracoTestServerExtension umbraco = new UmbracoTestServerExtension();

	@Test
	void startsTheServerBeforeTheTests() {
		assertThat(new UmbracoHttp(umbraco.server()).get("/umbraco/management/api/v1/server/status", null).statusCode())
			.isEqualTo(200);
	}

	@Test
	void resolvesServerParameters(UmbracoTestServer server) {
		assertThat(server).isSameAs(umbraco.server());
	}

	@Test
	void stopsTheServerAfterTheTests() {
		EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(ScriptedTests.class))
			.execute()
			.testEvents()
			.assertStatistics(stats -> stats.started(2).succeeded(2));

		UmbracoHttp http = new UmbracoHttp(ScriptedTests.seen.get());
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> http.get("/umbraco/management/api/v1/server/status", null));
		assertThatIllegalStateException().isThrownBy(ScriptedTests.extension::server);
	}

	@Nested
	class NestedTests {

		@Test
		void sharesTheOuterServer(UmbracoTestServer server) {
			assertThat(server).isSameAs(umbraco.server());
		}

	}

	/** Run only through {@link EngineTestKit}: Surefire leaves nested classes alone. */
	static class ScriptedTests {

		static final AtomicReference<UmbracoTestServer> seen = new AtomicReference<>();

		@RegisterExtension
		static UmbracoTestServerExtension extension = new UmbracoTestServerExtension(
				UmbracoTestServer.builder().clientId("umbraco-back-office-scripted"));

		@Test
		void usesTheBuilder(UmbracoTestServer server) {
			seen.set(server);
			assertThat(server.clientId()).isEqualTo("umbraco-back-office-scripted");
		}

		@Nested
		class Inner {

			@Test
			void keepsTheServerRunning(UmbracoTestServer server) {
				assertThat(server).isSameAs(seen.get());
			}

		}

	}

}
