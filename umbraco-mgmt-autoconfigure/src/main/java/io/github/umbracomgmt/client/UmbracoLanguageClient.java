package io.github.umbracomgmt.client;

import java.util.List;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

import io.github.umbracomgmt.client.model.CreateLanguageRequest;
import io.github.umbracomgmt.client.model.LanguageItemResponse;
import io.github.umbracomgmt.client.model.LanguageResponse;
import io.github.umbracomgmt.client.model.Page;
import io.github.umbracomgmt.client.model.UpdateLanguageRequest;

/**
 * The {@code Language} operations of the Umbraco Management API (7 operations), as the OpenAPI
 * document defines them: paths, methods, parameters and field names. Every call is authenticated with the
 * application's shared access token; errors arrive as {@link io.github.umbracomgmt.error.UmbracoException}s.
 *
 * <p>Methods are named after the document's operation ids. Operations that answer with status and headers only
 * return the {@link org.springframework.http.ResponseEntity}: read {@code Umb-Notifications} with
 * {@link Created#notifications(org.springframework.http.ResponseEntity)}.
 *
 * @author umbraco-mgmt
 */
@HttpExchange(accept = "application/json")
public interface UmbracoLanguageClient {

	/**
	 * {@code GET /umbraco/management/api/v1/item/language} ({@code GetItemLanguage}).
	 * @param isoCode the {@code isoCode} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/language")
	Mono<List<LanguageItemResponse>> getItemLanguage(@RequestParam(name = "isoCode", required = false) List<String> isoCode);

	/**
	 * {@code GET /umbraco/management/api/v1/item/language/default} ({@code GetItemLanguageDefault}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/item/language/default")
	Mono<LanguageItemResponse> getItemLanguageDefault();

	/**
	 * {@code GET /umbraco/management/api/v1/language} ({@code GetLanguage}).
	 * @param skip the {@code skip} query parameter
	 * @param take the {@code take} query parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/language")
	Mono<Page<LanguageResponse>> getLanguage(@RequestParam(name = "skip", required = false) Integer skip,
			@RequestParam(name = "take", required = false) Integer take);

	/**
	 * Every item of {@link #getLanguage}, requesting pages of {@code pageSize} lazily as the Flux is consumed.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Flux<LanguageResponse> getLanguageAll(int pageSize) {
		return Paging.flux((skip, take) -> getLanguage(skip, take), pageSize);
	}

	/**
	 * Every item of {@link #getLanguage} as a blocking stream, requesting pages lazily; close it when done.
	 * @param pageSize the {@code take} of each page request
	 * @return all items
	 */
	default Stream<LanguageResponse> getLanguageStream(int pageSize) {
		return getLanguageAll(pageSize).toStream();
	}

	/**
	 * {@code POST /umbraco/management/api/v1/language} ({@code PostLanguage}).
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/language")
	Mono<ResponseEntity<Void>> postLanguage(@RequestBody CreateLanguageRequest body);

	/**
	 * Like {@link #postLanguage}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param body see {@link #postLanguage}
	 * @return the created resource
	 */
	default Mono<Created> createLanguage(CreateLanguageRequest body) {
		return postLanguage(body).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/language/{isoCode}} ({@code GetLanguageByIsoCode}).
	 * @param isoCode the {@code isoCode} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/language/{isoCode}")
	Mono<LanguageResponse> getLanguageByIsoCode(@PathVariable("isoCode") String isoCode);

	/**
	 * {@code DELETE /umbraco/management/api/v1/language/{isoCode}} ({@code DeleteLanguageByIsoCode}).
	 * @param isoCode the {@code isoCode} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/language/{isoCode}")
	Mono<ResponseEntity<Void>> deleteLanguageByIsoCode(@PathVariable("isoCode") String isoCode);

	/**
	 * {@code PUT /umbraco/management/api/v1/language/{isoCode}} ({@code PutLanguageByIsoCode}).
	 * @param isoCode the {@code isoCode} path parameter
	 * @param body the request body
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@PutExchange(url = "/umbraco/management/api/v1/language/{isoCode}")
	Mono<ResponseEntity<Void>> putLanguageByIsoCode(@PathVariable("isoCode") String isoCode,
			@RequestBody UpdateLanguageRequest body);

}
