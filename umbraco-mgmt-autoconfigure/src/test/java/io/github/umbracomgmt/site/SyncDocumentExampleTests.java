package io.github.umbracomgmt.site;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.umbracomgmt.autoconfigure.UmbracoManagementAutoConfiguration;
import io.github.umbracomgmt.client.Created;
import io.github.umbracomgmt.client.UmbracoDocumentClient;
import io.github.umbracomgmt.client.model.CreateDocumentRequest;
import io.github.umbracomgmt.client.model.CultureAndScheduleRequest;
import io.github.umbracomgmt.client.model.DocumentResponse;
import io.github.umbracomgmt.client.model.DocumentValue;
import io.github.umbracomgmt.client.model.DocumentVariantRequest;
import io.github.umbracomgmt.client.model.PublishableVariantState;
import io.github.umbracomgmt.client.model.PublishDocumentRequest;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Several sites" example, run as written: a service that copies a document
 * from the staging site to the live one and publishes it there, in an application that
 * configures only the two named sites.
 */
class SyncDocumentExampleTests {

	private static final UmbracoTestServer staging = UmbracoTestServer.builder()
		.clientId("umbraco-back-office-staging")
		.clientSecret("staging-secret")
		.start();

	private static final UmbracoTestServer live = UmbracoTestServer.builder()
		.clientId("umbraco-back-office-live")
		.clientSecret("live-secret")
		.start();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
						WebClientAutoConfiguration.class, UmbracoManagementAutoConfiguration.class))
		.withPropertyValues(SeveralSitesTests.site("umbraco.management.sites.staging", staging))
		.withPropertyValues(SeveralSitesTests.site("umbraco.management.sites.live", live))
		.withBean(ContentSync.class);

	@AfterAll
	static void stop() {
		staging.close();
		live.close();
	}

	@Test
	void copiesADocumentFromStagingToLiveAndPublishesIt() {
		this.runner.run((context) -> {
			UUID articleType = UUID.randomUUID();
			UmbracoDocumentClient stagingDocuments = context.getBean(UmbracoSites.class)
				.site("staging")
				.client(UmbracoDocumentClient.class);
			Created draft = stagingDocuments
				.createDocument(new CreateDocumentRequest(
						List.of(new DocumentValue(null, null, "title", "Spring meets Umbraco")),
						List.of(new DocumentVariantRequest(null, null, "Spring meets Umbraco")), null, null,
						new ReferenceById(articleType), null))
				.block();

			context.getBean(ContentSync.class).copyToLive(draft.id()).block();

			UmbracoDocumentClient liveDocuments = context.getBean(UmbracoSites.class)
				.site("live")
				.client(UmbracoDocumentClient.class);
			DocumentResponse copy = liveDocuments.getDocumentById(draft.id()).block();
			assertThat(copy.documentType().id()).isEqualTo(articleType);
			assertThat(copy.variants()).singleElement().satisfies((variant) -> {
				assertThat(variant.name()).isEqualTo("Spring meets Umbraco");
				assertThat(variant.state()).isEqualTo(PublishableVariantState.PUBLISHED);
			});
			assertThat(copy.values()).singleElement()
				.satisfies((value) -> assertThat(value.value()).isEqualTo("Spring meets Umbraco"));
			assertThat(stagingDocuments.getDocumentById(draft.id()).block().variants().get(0).state())
				.isEqualTo(PublishableVariantState.DRAFT);
			assertThat(staging.tokenRequests()).isEqualTo(1);
			assertThat(live.tokenRequests()).isEqualTo(1);
		});
	}

	/** The README's example. */
	static class ContentSync {

		private final UmbracoDocumentClient staging;

		private final UmbracoDocumentClient live;

		ContentSync(UmbracoSites sites) {
			this.staging = sites.site("staging").client(UmbracoDocumentClient.class);
			this.live = sites.site("live").client(UmbracoDocumentClient.class);
		}

		Mono<Void> copyToLive(UUID id) {
			return this.staging.getDocumentById(id)
				.flatMap((document) -> this.live.createDocument(new CreateDocumentRequest(
						document.values()
							.stream()
							.map((value) -> new DocumentValue(value.culture(), value.segment(), value.alias(),
									value.value()))
							.toList(),
						document.variants()
							.stream()
							.map((variant) -> new DocumentVariantRequest(variant.culture(), variant.segment(),
									variant.name()))
							.toList(),
						document.id(), // the same id on both sites
						null, new ReferenceById(document.documentType().id()), document.template())))
				.flatMap((created) -> this.live.putDocumentByIdPublish(created.id(),
						new PublishDocumentRequest(List.of(new CultureAndScheduleRequest(null, null)))))
				.then();
		}

	}

}
