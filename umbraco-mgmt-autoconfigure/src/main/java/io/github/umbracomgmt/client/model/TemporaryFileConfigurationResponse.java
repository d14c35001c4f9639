package io.github.umbracomgmt.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Management API's {@code TemporaryFileConfigurationResponseModel}.
 *
 * @param imageFileTypes the {@code imageFileTypes} (required)
 * @param disallowedUploadedFilesExtensions the {@code disallowedUploadedFilesExtensions} (required)
 * @param allowedUploadedFileExtensions the {@code allowedUploadedFileExtensions} (required)
 * @param maxFileSize the {@code maxFileSize}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemporaryFileConfigurationResponse(
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> imageFileTypes,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> disallowedUploadedFilesExtensions,
		@JsonInclude(JsonInclude.Include.ALWAYS) List<String> allowedUploadedFileExtensions,
		Long maxFileSize) {
}
