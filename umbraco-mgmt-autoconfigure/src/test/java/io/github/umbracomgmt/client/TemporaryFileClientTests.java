package io.github.umbracomgmt.client;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import io.github.umbracomgmt.client.model.TemporaryFileConfigurationResponse;
import io.github.umbracomgmt.client.model.TemporaryFileResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TemporaryFileClientTests extends ClientTestSupport {

	private static final byte[] CONTENT = "%PDF-1.7 brochure".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private UmbracoTemporaryFileClient temporaryFiles;

	@TempDir
	Path folder;

	@Test
	void uploadsReadsAndDeletesATemporaryFile() {
		UUID id = UUID.randomUUID();

		var response = this.temporaryFiles.postTemporaryFile(id.toString(), named(CONTENT, "brochure.pdf")).block();

		assertThat(response.getStatusCode().value()).isEqualTo(201);
		assertThat(response.getHeaders().getFirst(Created.GENERATED_RESOURCE_HEADER)).isEqualTo(id.toString());
		assertThat(this.umbraco.media().temporaryFileContent(id))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(CONTENT));

		TemporaryFileResponse file = this.temporaryFiles.getTemporaryFileById(id).block();
		assertThat(file.id()).isEqualTo(id);
		assertThat(file.fileName()).isEqualTo("brochure.pdf");
		assertThat(file.availableUntil()).isAfter(OffsetDateTime.now().plusHours(23));

		var deleted = this.temporaryFiles.deleteTemporaryFileById(id).block();
		assertThat(deleted.getStatusCode().value()).isEqualTo(200);
		assertThat(this.umbraco.media().temporaryFileContent(id)).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.temporaryFiles.getTemporaryFileById(id).block());
	}

	@Test
	void createReturnsTheChosenIdAndLocation() {
		UUID id = UUID.randomUUID();
		Created created = this.temporaryFiles.createTemporaryFile(id.toString(), named(CONTENT, "flyer.pdf")).block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(created.location().toString()).endsWith("/temporary-file/" + id);
	}

	@Test
	void uploadsAFileFromDiskUnderItsOwnName() throws Exception {
		byte[] csv = "item;price\ntea;2".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(this.folder.resolve("price-list.csv"), csv);
		UUID id = this.temporaryFiles.createTemporaryFile(UUID.randomUUID().toString(), new FileSystemResource(file))
			.block()
			.id();
		assertThat(this.umbraco.media().temporaryFileName(id)).hasValue("price-list.csv");
		assertThat(this.umbraco.media().temporaryFileContent(id))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(csv));
	}

	@Test
	void readsTheUploadConfiguration() {
		TemporaryFileConfigurationResponse configuration = this.temporaryFiles.getTemporaryFileConfiguration().block();
		assertThat(configuration.imageFileTypes()).contains("jpg", "png", "webp");
		assertThat(configuration.disallowedUploadedFilesExtensions()).contains("aspx", "config");
		assertThat(configuration.allowedUploadedFileExtensions()).isEmpty();
		assertThat(configuration.maxFileSize()).isNull();
	}

	@Test
	void refusesADisallowedExtension() {
		UUID id = UUID.randomUUID();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.temporaryFiles.createTemporaryFile(id.toString(), named(CONTENT, "web.config")).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("FileExtensionNotAllowed");
				assertThat(ex.getProblemDetails().title()).isEqualTo("File extension not allowed");
			});
		assertThat(this.umbraco.media().temporaryFileContent(id)).isEmpty();
	}

	@Test
	void refusesAnIdThatIsAlreadyUsed() {
		UUID id = UUID.randomUUID();
		this.temporaryFiles.createTemporaryFile(id.toString(), named(CONTENT, "first.pdf")).block();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.temporaryFiles.createTemporaryFile(id.toString(), named(CONTENT, "second.pdf")).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("KeyAlreadyUsed"));
		assertThat(this.umbraco.media().temporaryFileName(id)).hasValue("first.pdf");
	}

	@Test
	void reportsAnIdThatIsNotAGuidAsAModelBindingError() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.temporaryFiles.postTemporaryFile("not-a-guid", named(CONTENT, "x.pdf")).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isNull();
				assertThat(ex.getErrors()).containsOnlyKeys("Id");
			});
	}

	@Test
	void requiresAFileNameOnTheFilePart() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.temporaryFiles
				.postTemporaryFile(UUID.randomUUID().toString(), new ByteArrayResource(CONTENT))
				.block())
			.satisfies((ex) -> assertThat(ex.getErrors()).containsOnlyKeys("File"));
	}

	@Test
	void reportsAMissingTemporaryFileAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.temporaryFiles.deleteTemporaryFileById(UUID.randomUUID()).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("NotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("The temporary file could not be found");
			});
	}

	/**
	 * A byte array with a file name, which the multipart part needs to be an uploaded
	 * file.
	 */
	private static Resource named(byte[] content, String fileName) {
		return new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return fileName;
			}

		};
	}

}
