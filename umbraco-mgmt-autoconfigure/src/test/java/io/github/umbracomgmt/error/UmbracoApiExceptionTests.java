package io.github.umbracomgmt.error;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class UmbracoApiExceptionTests {

	private static final URI URI_ = URI.create("https://site/umbraco/management/api/v1/document");

	@Test
	void picksASubclassPerMeaningfulStatus() {
		assertThat(create(400, null)).isInstanceOf(UmbracoBadRequestException.class);
		assertThat(create(401, null)).isInstanceOf(UmbracoUnauthorizedException.class);
		assertThat(create(403, null)).isInstanceOf(UmbracoForbiddenException.class);
		assertThat(create(404, null)).isInstanceOf(UmbracoNotFoundException.class);
		assertThat(create(409, null)).isInstanceOf(UmbracoConflictException.class);
		assertThat(create(429, null)).isInstanceOf(UmbracoRateLimitException.class);
		assertThat(create(500, null)).isInstanceOf(UmbracoServerException.class);
		assertThat(create(503, null)).isInstanceOf(UmbracoServerException.class);
		assertThat(create(418, null).getClass()).isEqualTo(UmbracoApiException.class);
	}

	@Test
	void exposesValidationErrorsOfABadRequest() {
		ProblemDetails problem = JsonMapper.builder()
			.build()
			.readValue("{\"title\":\"One or more validation errors occurred.\",\"status\":400,"
					+ "\"operationStatus\":\"PropertyValidationError\","
					+ "\"errors\":{\"$.variants[0].name\":[\"The name is required.\"]}}", ProblemDetails.class);
		UmbracoBadRequestException ex = (UmbracoBadRequestException) create(400, problem);
		assertThat(ex.getErrors()).containsExactly(Map.entry("$.variants[0].name", List.of("The name is required.")));
		assertThat(ex.getOperationStatus()).isEqualTo("PropertyValidationError");
		assertThat(ex.getMessage()).isEqualTo("POST /umbraco/management/api/v1/document -> 400: One or more validation "
				+ "errors occurred. (operationStatus PropertyValidationError)");
	}

	@Test
	void readsRetryAfterSeconds() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "7");
		UmbracoRateLimitException ex = (UmbracoRateLimitException) UmbracoApiException.create(HttpMethod.GET, URI_,
				HttpStatusCode.valueOf(429), headers, null, List.of());
		assertThat(ex.getRetryAfter()).hasValue(java.time.Duration.ofSeconds(7));
	}

	private static UmbracoApiException create(int status, ProblemDetails problem) {
		return UmbracoApiException.create(HttpMethod.POST, URI_, HttpStatusCode.valueOf(status), new HttpHeaders(),
				problem, List.of());
	}

}
