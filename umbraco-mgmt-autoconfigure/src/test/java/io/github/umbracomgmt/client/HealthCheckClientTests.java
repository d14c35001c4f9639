package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.HealthCheck;
import io.github.umbracomgmt.client.model.HealthCheckActionRequest;
import io.github.umbracomgmt.client.model.HealthCheckGroupPresentation;
import io.github.umbracomgmt.client.model.HealthCheckGroupResponse;
import io.github.umbracomgmt.client.model.HealthCheckGroupWithResultResponse;
import io.github.umbracomgmt.client.model.HealthCheckResultResponse;
import io.github.umbracomgmt.client.model.HealthCheckWithResultPresentation;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.StatusResultType;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.BuiltInHealthChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HealthCheckClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoHealthCheckClient healthChecks;

	@AfterEach
	void mendHealthChecks() {
		this.umbraco.healthChecks().reset();
	}

	@Test
	void listsTheHealthCheckGroupsByName() {
		Page<HealthCheckGroupResponse> groups = this.healthChecks.getHealthCheckGroupPage(null, null).block();
		assertThat(groups.total()).isEqualTo(groups.items().size());
		assertThat(groups.items()).extracting(HealthCheckGroupResponse::name)
			.contains("Configuration", "Data Integrity", "Security", "Services")
			.isSorted();
	}

	@Test
	void walksTheGroupsPageByPage() {
		long total = this.healthChecks.getHealthCheckGroupPage(0, 1).block().total();
		this.umbraco.resetCounters();
		List<HealthCheckGroupResponse> groups = this.healthChecks.getHealthCheckGroupAll(3).collectList().block();
		assertThat(groups).hasSize((int) total).extracting(HealthCheckGroupResponse::name).doesNotHaveDuplicates();
		assertThat(this.umbraco.apiRequests("GET", "/umbraco/management/api/v1/health-check-group"))
			.isEqualTo((int) ((total + 2) / 3));
		try (var stream = this.healthChecks.getHealthCheckGroupStream(1)) {
			assertThat(stream.map(HealthCheckGroupResponse::name))
				.containsExactlyElementsOf(groups.stream().map(HealthCheckGroupResponse::name).toList());
		}
	}

	@Test
	void readsTheChecksOfAGroupByAnyCaseOfItsName() {
		HealthCheckGroupPresentation group = this.healthChecks.getHealthCheckGroupByName("data integrity").block();
		assertThat(group.name()).isEqualTo("Data Integrity");
		assertThat(group.checks()).singleElement().satisfies((check) -> {
			assertThat(check.id()).isEqualTo(BuiltInHealthChecks.DATA_INTEGRITY);
			assertThat(check.name()).isEqualTo("Database data integrity check");
			assertThat(check.description()).isNotBlank();
		});
		assertThat(this.healthChecks.getHealthCheckGroupByName("Security").block().checks()).extracting(HealthCheck::id)
			.containsExactly(BuiltInHealthChecks.HTTPS);
	}

	@Test
	void runsTheChecksOfAHealthyGroup() {
		HealthCheckGroupWithResultResponse checked = this.healthChecks.postHealthCheckGroupByNameCheck("Data Integrity")
			.block();
		assertThat(checked.checks()).singleElement().satisfies((check) -> {
			assertThat(check.id()).isEqualTo(BuiltInHealthChecks.DATA_INTEGRITY);
			assertThat(check.results()).hasSize(2).allSatisfy((result) -> {
				assertThat(result.resultType()).isEqualTo(StatusResultType.SUCCESS);
				assertThat(result.actions()).isEmpty();
			});
		});
	}

	@Test
	void reportsAFailingCheckWithItsActionsAndMendsItByRunningOne() {
		this.umbraco.healthChecks().setResult(BuiltInHealthChecks.DATA_INTEGRITY, "Error", "Broken content paths");
		HealthCheckWithResultPresentation failing = this.healthChecks.postHealthCheckGroupByNameCheck("Data Integrity")
			.block()
			.checks()
			.get(0);
		HealthCheckResultResponse result = failing.results().get(0);
		assertThat(result.resultType()).isEqualTo(StatusResultType.ERROR);
		assertThat(result.message()).isEqualTo("Broken content paths");
		assertThat(result.actions()).extracting(HealthCheckActionRequest::alias)
			.containsExactly("fixContentPaths", "fixMediaPaths");
		HealthCheckActionRequest action = result.actions().get(0);
		assertThat(action.healthCheck().id()).isEqualTo(BuiltInHealthChecks.DATA_INTEGRITY);
		assertThat(action.valueRequired()).isFalse();

		HealthCheckResultResponse fixed = this.healthChecks.postHealthCheckExecuteAction(action).block();
		assertThat(fixed.resultType()).isEqualTo(StatusResultType.SUCCESS);
		assertThat(
				this.healthChecks.postHealthCheckGroupByNameCheck("Data Integrity").block().checks().get(0).results())
			.allSatisfy((healthy) -> assertThat(healthy.resultType()).isEqualTo(StatusResultType.SUCCESS));
	}

	@Test
	void reportsAWarningWithoutAnActionForACheckThatOffersNone() {
		this.umbraco.healthChecks().setResult(BuiltInHealthChecks.SMTP, "Warning", "No SMTP host");
		HealthCheckResultResponse result = this.healthChecks.postHealthCheckGroupByNameCheck("Services")
			.block()
			.checks()
			.get(0)
			.results()
			.get(0);
		assertThat(result.resultType()).isEqualTo(StatusResultType.WARNING);
		assertThat(result.message()).isEqualTo("No SMTP host");
		assertThat(result.actions()).isEmpty();
	}

	@Test
	void reportsAnUnknownGroupAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.healthChecks.getHealthCheckGroupByName("No Such Group").block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Health Check Group Not Found");
				assertThat(ex.getProblemDetails().detail()).contains("No Such Group");
			});
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.healthChecks.postHealthCheckGroupByNameCheck("No Such Group").block());
	}

	@Test
	void refusesAnActionTheCheckDoesNotOffer() {
		HealthCheckActionRequest unknown = new HealthCheckActionRequest(
				new ReferenceById(BuiltInHealthChecks.DATA_INTEGRITY), "reticulateSplines", null, null, false, null,
				null, null, null);
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.healthChecks.postHealthCheckExecuteAction(unknown).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("InvalidRequest");
				assertThat(ex.getProblemDetails().detail()).contains("reticulateSplines");
			});
	}

	@Test
	void refusesAnActionOfAnUnknownCheck() {
		HealthCheckActionRequest unknown = new HealthCheckActionRequest(new ReferenceById(UUID.randomUUID()),
				"fixContentPaths", null, null, false, null, null, null, null);
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.healthChecks.postHealthCheckExecuteAction(unknown).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("Health Check Not Found");
			});
	}

}
