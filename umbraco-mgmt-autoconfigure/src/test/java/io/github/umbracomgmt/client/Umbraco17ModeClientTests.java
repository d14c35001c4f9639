package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.umbracomgmt.client.model.CreateDocumentRequest;
import io.github.umbracomgmt.client.model.DocumentValue;
import io.github.umbracomgmt.client.model.DocumentVariantRequest;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.error.UmbracoUnsupportedOperationException;
import io.github.umbracomgmt.test.AutoConfigureUmbracoTestServer;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The typed clients against the test kit started as Umbraco 17.3: an operation introduced
 * in 18.0 fails with {@link UmbracoUnsupportedOperationException} naming both versions,
 * an operation 17.3 has works as usual, and {@link UmbracoServerProbe} tells which is
 * which. Its own application context, so the server version the connection learns is 17.3
 * from the start.
 */
@SpringBootTest(classes = ClientTestSupport.App.class, properties = "spring.main.web-application-type=none")
@AutoConfigureUmbracoTestServer(version = "17.3")
class Umbraco17ModeClientTests {

	@Autowired
	private UmbracoTestServer umbraco;

	@Autowired
	private UmbracoElementClient elements;

	@Autowired
	private UmbracoDocumentClient documents;

	@Autowired
	private UmbracoMemberClient members;

	@Autowired
	private UmbracoServerProbe probe;

	@AfterEach
	void backTo17() {
		this.umbraco.setVersion("17.3");
	}

	@Test
	void anOperationIntroducedIn18NamesBothVersions() {
		assertThat(this.umbraco.version()).startsWith("17.3");
		assertThatExceptionOfType(UmbracoUnsupportedOperationException.class)
			.isThrownBy(() -> this.elements.getElementById(UUID.randomUUID()).block())
			.isInstanceOf(UmbracoNotFoundException.class)
			.satisfies((ex) -> {
				assertThat(ex.getOperationId()).isEqualTo("GetElementById");
				assertThat(ex.getSince()).isEqualTo("18.0");
				assertThat(ex.getRemoved()).isEmpty();
				assertThat(ex.getServerVersion()).isEqualTo(this.umbraco.version());
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
			})
			.withMessageContaining("introduced in Umbraco 18.0")
			.withMessageContaining("Umbraco " + this.umbraco.version())
			.withMessageContaining("GetElementById");
	}

	@Test
	void operationsThat17HasStillWork() {
		Created created = this.documents
			.createDocument(new CreateDocumentRequest(List.of(new DocumentValue(null, null, "title", "On 17")),
					List.of(new DocumentVariantRequest(null, null, "On 17")), null, null,
					new ReferenceById(UUID.randomUUID()), null))
			.block();
		assertThat(this.documents.getDocumentById(created.id()).block().variants()).singleElement()
			.satisfies((variant) -> assertThat(variant.name()).isEqualTo("On 17"));
		// removed in 18.0, present in 17.3
		assertThat(this.members.getMemberConfiguration().block()).isNotNull();
		// a missing item on a route 17 has stays a plain 404
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.documents.getDocumentById(UUID.randomUUID()).block())
			.isNotInstanceOf(UmbracoUnsupportedOperationException.class);
	}

	@Test
	void theProbeTellsWhichOperationsTheServerHas() {
		assertThat(this.probe.supports("GetElementById").block()).isFalse();
		assertThat(this.probe.supports("PostDocumentCreateAndPublish").block()).isFalse();
		assertThat(this.probe.supports("GetDocumentById").block()).isTrue();
		assertThat(this.probe.supports("GetMemberConfiguration").block()).isTrue();

		this.umbraco.setVersion("18.1");
		assertThat(this.probe.supports("GetElementById").block()).isTrue();
		assertThat(this.probe.supports("PostDocumentCreateAndPublish").block()).isTrue();
		assertThat(this.probe.supports("GetDocumentById").block()).isTrue();
		assertThat(this.probe.supports("GetMemberConfiguration").block()).isFalse();
	}

}
