package io.github.umbracomgmt.client;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

import io.github.umbracomgmt.client.model.TemporaryFileConfigurationResponse;
import io.github.umbracomgmt.client.model.TemporaryFileResponse;

/**
 * The {@code Temporary File} operations of the Umbraco Management API (4 operations), as the OpenAPI
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
public interface UmbracoTemporaryFileClient {

	/**
	 * {@code POST /umbraco/management/api/v1/temporary-file} ({@code PostTemporaryFile}).
	 * @param id the {@code Id} form part
	 * @param file the {@code File} form part
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}, {@code Umb-Generated-Resource} and {@code Location}
	 */
	@PostExchange(url = "/umbraco/management/api/v1/temporary-file", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ResponseEntity<Void>> postTemporaryFile(@RequestPart("Id") String id, @RequestPart("File") Resource file);

	/**
	 * Like {@link #postTemporaryFile}, returning the new resource's id (from {@code Umb-Generated-Resource}, else
	 * {@code Location}) and the {@code Umb-Notifications} of the response.
	 * @param id see {@link #postTemporaryFile}
	 * @param file see {@link #postTemporaryFile}
	 * @return the created resource
	 */
	default Mono<Created> createTemporaryFile(String id, Resource file) {
		return postTemporaryFile(id, file).map(Created::from);
	}

	/**
	 * {@code GET /umbraco/management/api/v1/temporary-file/{id}} ({@code GetTemporaryFileById}).
	 * @param id the {@code id} path parameter
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/temporary-file/{id}")
	Mono<TemporaryFileResponse> getTemporaryFileById(@PathVariable("id") UUID id);

	/**
	 * {@code DELETE /umbraco/management/api/v1/temporary-file/{id}} ({@code DeleteTemporaryFileById}).
	 * @param id the {@code id} path parameter
	 * @return the response: status and headers, e.g. {@code Umb-Notifications}
	 */
	@DeleteExchange(url = "/umbraco/management/api/v1/temporary-file/{id}")
	Mono<ResponseEntity<Void>> deleteTemporaryFileById(@PathVariable("id") UUID id);

	/**
	 * {@code GET /umbraco/management/api/v1/temporary-file/configuration} ({@code GetTemporaryFileConfiguration}).
	 * @return the response body
	 */
	@GetExchange(url = "/umbraco/management/api/v1/temporary-file/configuration")
	Mono<TemporaryFileConfigurationResponse> getTemporaryFileConfiguration();

}
