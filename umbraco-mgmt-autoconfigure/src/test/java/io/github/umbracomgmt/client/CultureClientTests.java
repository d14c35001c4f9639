package io.github.umbracomgmt.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CultureReponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.error.UmbracoBadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CultureClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoCultureClient cultures;

	@Test
	void listsCulturesByIsoCodeWithTheirEnglishNames() {
		try (var stream = this.cultures.getCultureStream(250)) {
			assertThat(stream).contains(new CultureReponse("en-US", "English (United States)"),
					new CultureReponse("da-DK", "Danish (Denmark)"), new CultureReponse("fr-CA", "French (Canada)"));
		}
	}

	@Test
	void ordersCulturesByEnglishName() {
		List<CultureReponse> page = this.cultures.getCulturePage(0, 50).block().items();
		assertThat(page).extracting(CultureReponse::englishName).isSortedAccordingTo(String::compareTo);
	}

	@Test
	void walksEveryCultureLazilyPageByPage() {
		long total = this.cultures.getCulturePage(0, 1).block().total();
		assertThat(total).isGreaterThan(100);
		int pageSize = 100;
		this.umbraco.resetCounters();
		List<CultureReponse> all = this.cultures.getCultureAll(pageSize).collectList().block();
		assertThat(all).hasSize((int) total).extracting(CultureReponse::name).doesNotHaveDuplicates();
		assertThat(this.umbraco.apiRequests("GET", API + "/culture"))
			.isEqualTo((int) ((total + pageSize - 1) / pageSize));
	}

	@Test
	void stopsAfterTheFirstPageWhenItHoldsEverything() {
		Page<CultureReponse> first = this.cultures.getCulturePage(0, 1).block();
		this.umbraco.resetCounters();
		assertThat(this.cultures.getCultureAll((int) first.total() + 10).count().block()).isEqualTo(first.total());
		assertThat(this.umbraco.apiRequests("GET", API + "/culture")).isEqualTo(1);
	}

	@Test
	void reportsANegativeTakeAsABadRequest() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.cultures.getCulturePage(0, -1).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Invalid paging");
				assertThat(ex.getProblemDetails().status()).isEqualTo(400);
				assertThat(ex.getOperationStatus()).isNull();
			});
	}

}
