package io.github.umbracomgmt.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.RuntimeLevel;
import io.github.umbracomgmt.client.model.RuntimeMode;
import io.github.umbracomgmt.client.model.ServerConfigurationItemResponse;
import io.github.umbracomgmt.client.model.ServerConfigurationResponse;
import io.github.umbracomgmt.client.model.ServerInformationResponse;
import io.github.umbracomgmt.client.model.UpgradeCheckResponse;
import io.github.umbracomgmt.error.UmbracoApiException;
import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.error.UmbracoServerException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServerClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoServerClient server;

	@Autowired
	private UmbracoServerProbe probe;

	@AfterEach
	void restoreTheServer() {
		this.umbraco.resetServerInformation();
		this.umbraco.setServerStatus("Run");
		this.umbraco.clearFaults();
	}

	@Test
	void readsTheServerStatus() {
		assertThat(this.server.getServerStatus().block().serverStatus()).isEqualTo(RuntimeLevel.RUN);
	}

	@Test
	void readsAnUnusualRuntimeLevel() {
		this.umbraco.setServerStatus("BootFailed");
		assertThat(this.server.getServerStatus().block().serverStatus()).isEqualTo(RuntimeLevel.BOOT_FAILED);
	}

	@Test
	void probeTellsWhetherTheSiteRuns() {
		assertThat(this.probe.isRunning().block()).isTrue();
		this.umbraco.setServerStatus("Upgrade");
		assertThat(this.probe.isRunning().block()).isFalse();
	}

	@Test
	void readsTheServerInformation() {
		ServerInformationResponse information = this.server.getServerInformation().block();
		assertThat(information.version()).isEqualTo("18.1.0");
		assertThat(information.assemblyVersion()).isEqualTo("18.1.0");
		assertThat(information.baseUtcOffset()).isNotBlank();
		assertThat(information.runtimeMode()).isEqualTo(RuntimeMode.PRODUCTION);
	}

	@Test
	void readsTheServerConfiguration() {
		ServerConfigurationResponse configuration = this.server.getServerConfiguration().block();
		assertThat(configuration.allowPasswordReset()).isTrue();
		assertThat(configuration.versionCheckPeriod()).isEqualTo(7);
		assertThat(configuration.allowLocalLogin()).isTrue();
	}

	@Test
	void readsTheTroubleshootingInformation() {
		this.umbraco.setVersion("16.2.0-rc");
		assertThat(this.server.getServerTroubleshooting().block().items())
			.contains(new ServerConfigurationItemResponse("Umbraco Version", "16.2.0-rc"))
			.extracting(ServerConfigurationItemResponse::name)
			.contains("Server OS", "Runtime Mode");
	}

	@Test
	void readsTheUpgradeCheck() {
		assertThat(this.server.getServerUpgradeCheck().block()).isEqualTo(new UpgradeCheckResponse("None", "", ""));
		this.umbraco.setUpgradeCheck("Minor", "16.1.0 is out", "https://our.umbraco.com/download");
		UpgradeCheckResponse check = this.server.getServerUpgradeCheck().block();
		assertThat(check.type()).isEqualTo("Minor");
		assertThat(check.comment()).isEqualTo("16.1.0 is out");
		assertThat(check.url()).isEqualTo("https://our.umbraco.com/download?version=18.1.0");
	}

	@Test
	void probeReadsTheVersion() {
		assertThat(this.probe.version().block()).isEqualTo(new UmbracoVersion(18, 1, 0, null));
		this.umbraco.setVersion("17.0.0-rc1");
		assertThat(this.probe.version().block()).isEqualTo(new UmbracoVersion(17, 0, 0, "rc1"));
	}

	@Test
	void probeAcceptsASiteAtOrAboveTheRequiredVersion() {
		this.umbraco.setVersion("16.1.2");
		assertThat(this.probe.requireVersion("16.1.2").block()).isEqualTo(new UmbracoVersion(16, 1, 2, null));
		assertThat(this.probe.requireVersion("15.0.0").block().toString()).isEqualTo("16.1.2");
	}

	@Test
	void probeRefusesASiteOlderThanTheRequiredVersion() {
		this.umbraco.setVersion("15.4.1");
		assertThatExceptionOfType(UmbracoException.class).isThrownBy(() -> this.probe.requireVersion("16.0.0").block())
			.withMessageContaining("15.4.1")
			.withMessageContaining("16.0.0")
			.isNotInstanceOf(UmbracoApiException.class);
	}

	@Test
	void probeRefusesAPreReleaseOfTheRequiredVersion() {
		this.umbraco.setVersion("17.0.0-rc1");
		assertThatExceptionOfType(UmbracoException.class).isThrownBy(() -> this.probe.requireVersion("17.0.0").block())
			.withMessageContaining("17.0.0-rc1");
	}

	@Test
	void probeTellsWhetherTheSiteHasAnOperation() {
		this.umbraco.setVersion("17.3.1");
		assertThat(this.probe.supports("GetElementById").block()).isFalse();
		assertThat(this.probe.supports("GetMemberConfiguration").block()).isTrue();
		assertThat(this.probe.supports("GetDocumentById").block()).isTrue();
		this.umbraco.setVersion("18.1.0");
		assertThat(this.probe.supports("GetElementById").block()).isTrue();
		assertThat(this.probe.supports("GetMemberConfiguration").block()).isFalse();
		this.umbraco.setVersion("18.0.0-rc2");
		assertThat(this.probe.supports("GetElementById").block()).isTrue();
		assertThat(this.probe.supports("PostDocumentCreateAndPublish").block()).isFalse();
	}

	@Test
	void probeRefusesAnOperationNoClientDeclares() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.probe.supports("GetDataTypeByIdReferences"))
			.withMessageContaining("GetDataTypeByIdReferences");
	}

	@Test
	void reportsAServerFailureWithTheProblemDetails() {
		// a GET is tried three times by default
		this.umbraco.failNext(3, 503);
		assertThatExceptionOfType(UmbracoServerException.class)
			.isThrownBy(() -> this.server.getServerInformation().block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(503);
				assertThat(ex.getProblemDetails().status()).isEqualTo(503);
				assertThat(ex.getProblemDetails().title()).isEqualTo("Service Unavailable");
				assertThat(ex.getOperationStatus()).isNull();
			});
		assertThat(this.server.getServerInformation().block().version()).isEqualTo("18.1.0");
	}

	@Test
	void probeFailsWithTheServerErrorWhenTheSiteCannotAnswer() {
		this.umbraco.failNext(1, 500);
		assertThatExceptionOfType(UmbracoServerException.class)
			.isThrownBy(() -> this.probe.requireVersion("15.0.0").block())
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(500));
	}

}
