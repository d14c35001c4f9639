package io.github.umbracomgmt.client;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.error.UmbracoNotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CreatedTests {

	private final UUID id = UUID.randomUUID();

	@Test
	void readsTheIdFromUmbGeneratedResource() {
		Created created = Created.from(ResponseEntity.status(201)
			.header("Umb-Generated-Resource", this.id.toString())
			.header("Location", "https://site/umbraco/management/api/v1/document/" + UUID.randomUUID())
			.header("Umb-Notifications", "[{\"message\":\"Saved\",\"category\":\"Document\",\"type\":\"Success\"}]")
			.build());
		assertThat(created.id()).isEqualTo(this.id);
		assertThat(created.location()).isNotNull();
		assertThat(created.notifications()).containsExactly(new UmbracoNotification("Saved", "Document", "Success"));
	}

	@Test
	void fallsBackToTheLastSegmentOfLocation() {
		Created created = Created.from(ResponseEntity.status(201)
			.location(URI.create("/umbraco/management/api/v1/document/" + this.id + "/"))
			.build());
		assertThat(created.id()).isEqualTo(this.id);
		assertThat(created.notifications()).isEmpty();
	}

	@Test
	void failsClearlyWhenTheResponseNamesNoId() {
		assertThatExceptionOfType(UmbracoException.class)
			.isThrownBy(() -> Created.from(ResponseEntity.status(201).build()))
			.withMessageContaining("without an Umb-Generated-Resource or Location header");
	}

	@Test
	void keepsIdentifiersThatAreNoUuidSuchAsIsoCodes() {
		Created created = Created.from(ResponseEntity.status(201)
			.header("Umb-Generated-Resource", "el-GR")
			.location(URI.create("/umbraco/management/api/v1/language/el-GR"))
			.build());
		assertThat(created.resource()).isEqualTo("el-GR");
		assertThatExceptionOfType(UmbracoException.class).isThrownBy(created::id)
			.withMessageContaining("'el-GR', which is not a UUID; read it with resource()");
	}

}
