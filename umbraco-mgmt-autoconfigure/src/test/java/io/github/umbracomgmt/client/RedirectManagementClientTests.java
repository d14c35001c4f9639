package io.github.umbracomgmt.client;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.RedirectStatus;
import io.github.umbracomgmt.client.model.RedirectUrlResponse;
import io.github.umbracomgmt.client.model.RedirectUrlStatusResponse;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.error.UmbracoBadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class RedirectManagementClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoRedirectManagementClient redirects;

	private final String token = "moved-" + UUID.randomUUID();

	@Test
	void readsARedirectWithItsDocumentAndCulture() {
		UUID document = UUID.randomUUID();
		UUID id = this.umbraco.settings()
			.addRedirect(document, "/" + this.token + "/old", "/" + this.token + "/new", "en-US");
		RedirectUrlResponse redirect = this.redirects.getRedirectManagementPage(this.token, 0, 10)
			.block()
			.items()
			.get(0);
		assertThat(redirect.id()).isEqualTo(id);
		assertThat(redirect.originalUrl()).isEqualTo("/" + this.token + "/old");
		assertThat(redirect.destinationUrl()).isEqualTo("/" + this.token + "/new");
		assertThat(redirect.document()).isEqualTo(new ReferenceById(document));
		assertThat(redirect.culture()).isEqualTo("en-US");
		assertThat(redirect.created()).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
	}

	@Test
	void walksTheRedirectsMatchingAUrlFilterNewestFirstPageByPage() {
		for (int i = 0; i < 5; i++) {
			this.umbraco.settings().addRedirect(UUID.randomUUID(), "/" + this.token + "/" + i, "/current/" + i, null);
		}
		this.umbraco.settings().addRedirect(UUID.randomUUID(), "/unrelated-" + UUID.randomUUID(), "/current", null);
		this.umbraco.resetCounters();
		List<RedirectUrlResponse> matching = this.redirects.getRedirectManagementAll(this.token.toUpperCase(), 2)
			.collectList()
			.block();
		assertThat(matching).extracting(RedirectUrlResponse::originalUrl)
			.containsExactly("/" + this.token + "/4", "/" + this.token + "/3", "/" + this.token + "/2",
					"/" + this.token + "/1", "/" + this.token + "/0");
		assertThat(this.umbraco.apiRequests("GET", API + "/redirect-management")).isEqualTo(3);
		try (var stream = this.redirects.getRedirectManagementStream(this.token, 4)) {
			assertThat(stream.count()).isEqualTo(5);
		}
	}

	@Test
	void walksTheRedirectsOfOneDocumentPageByPage() {
		UUID document = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.umbraco.settings().addRedirect(document, "/" + this.token + "/v" + i, "/latest", null);
		}
		this.umbraco.settings().addRedirect(UUID.randomUUID(), "/" + this.token + "/elsewhere", "/other", null);
		this.umbraco.resetCounters();
		List<RedirectUrlResponse> ofDocument = this.redirects.getRedirectManagementByIdAll(document, 2)
			.collectList()
			.block();
		assertThat(ofDocument).hasSize(3)
			.allSatisfy((redirect) -> assertThat(redirect.document()).isEqualTo(new ReferenceById(document)));
		assertThat(this.umbraco.apiRequests("GET", API + "/redirect-management/" + document)).isEqualTo(2);
		try (var stream = this.redirects.getRedirectManagementByIdStream(document, 10)) {
			assertThat(stream.count()).isEqualTo(3);
		}
	}

	@Test
	void deletesARedirectById() {
		UUID id = this.umbraco.settings().addRedirect(UUID.randomUUID(), "/" + this.token + "/gone", "/here", null);
		var deleted = this.redirects.deleteRedirectManagementById(id).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(deleted)).isNotEmpty();
		assertThat(this.redirects.getRedirectManagementPage(this.token, 0, 10).block().total()).isZero();
	}

	@Test
	void acceptsTheDeletionOfARedirectThatDoesNotExist() {
		assertThat(this.redirects.deleteRedirectManagementById(UUID.randomUUID()).block().getStatusCode().value())
			.isEqualTo(200);
	}

	@Test
	void switchesUrlTrackingOffAndOnWithTheStatusQueryParameter() {
		boolean before = this.umbraco.settings().redirectTrackingEnabled();
		assertThat(this.redirects.getRedirectManagementStatus().block().status())
			.isEqualTo(before ? RedirectStatus.ENABLED : RedirectStatus.DISABLED);
		try {
			var disabled = this.redirects.postRedirectManagementStatus(RedirectStatus.DISABLED).block();
			assertThat(Created.notifications(disabled)).isNotEmpty();
			assertThat(this.umbraco.settings().redirectTrackingEnabled()).isFalse();
			RedirectUrlStatusResponse status = this.redirects.getRedirectManagementStatus().block();
			assertThat(status.status()).isEqualTo(RedirectStatus.DISABLED);
			assertThat(status.userIsAdmin()).isEqualTo(this.umbraco.users().current().isAdmin());

			this.redirects.postRedirectManagementStatus(RedirectStatus.ENABLED).block();
			assertThat(this.umbraco.settings().redirectTrackingEnabled()).isTrue();
		}
		finally {
			this.redirects.postRedirectManagementStatus(before ? RedirectStatus.ENABLED : RedirectStatus.DISABLED)
				.block();
		}
	}

	@Test
	void reportsAnUnknownStatusWithTheValidationErrors() {
		boolean before = this.umbraco.settings().redirectTrackingEnabled();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.redirects.postRedirectManagementStatus(RedirectStatus.of("Paused")).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("One or more validation errors occurred.");
				assertThat(ex.getErrors()).containsKey("status");
			});
		assertThat(this.umbraco.settings().redirectTrackingEnabled()).isEqualTo(before);
	}

}
