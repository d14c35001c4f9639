package io.github.umbracomgmt.sample;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.umbracomgmt.client.UmbracoUserClient;
import io.github.umbracomgmt.client.model.User;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.error.UmbracoServerException;
import io.github.umbracomgmt.test.AutoConfigureUmbracoTestServer;
import io.github.umbracomgmt.test.UmbracoTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a team tests its own Umbraco integration with the test kit: the README's example,
 * run as written.
 */
@SpringBootTest
@AutoConfigureUmbracoTestServer
class UserIntegrationWithTestKitTests {

	@Autowired
	private UmbracoUserClient users;

	@Autowired
	private UmbracoTestServer umbraco;

	@Test
	void readsAUserSeededInTheFakeUmbraco() {
		UUID id = this.umbraco.users().add("Grace Hopper", "grace@example.com");
		User user = this.users.getUser(id).block();
		assertThat(user.name()).isEqualTo("Grace Hopper");
	}

	@Test
	void reportsAMissingUser() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.users.getUser(UUID.randomUUID()).block());
	}

	@Test
	void surfacesAnOutage() {
		this.umbraco.failNext(3, 503); // a GET is tried three times by default
		assertThatExceptionOfType(UmbracoServerException.class).isThrownBy(() -> this.users.getCurrentUser().block());
	}

	@Test
	void reusesOneToken() {
		this.users.getCurrentUser().block();
		int before = this.umbraco.tokenRequests();
		for (int i = 0; i < 10; i++) {
			this.users.getCurrentUser().block();
		}
		assertThat(this.umbraco.tokenRequests()).isEqualTo(before);
	}

}
