package io.github.umbracomgmt.client;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.UmbracoMediaUploads.MediaUpload;
import io.github.umbracomgmt.client.model.MediaResponse;
import io.github.umbracomgmt.client.model.MediaTreeItemResponse;
import io.github.umbracomgmt.client.model.MediaValueResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;
import io.github.umbracomgmt.test.MediaTypeIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MediaUploadsTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	private static final byte[] PDF = "%PDF-1.7 user manual".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private UmbracoMediaUploads uploads;

	@Autowired
	private UmbracoMediaClient media;

	@TempDir
	Path folder;

	@Test
	void uploadsBytesInOneCall() throws IOException {
		byte[] png = png(3, 2);
		this.umbraco.resetCounters();

		Created created = this.uploads.upload(png, "logo.png", MediaUpload.image("Logo")).block();

		assertThat(this.umbraco.apiRequests("POST", API + "/temporary-file")).isEqualTo(1);
		assertThat(this.umbraco.apiRequests("POST", API + "/media")).isEqualTo(1);
		assertThat(this.umbraco.media().fileContent(created.id()))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(png));
		MediaResponse logo = this.media.getMediaById(created.id()).block();
		assertThat(logo.mediaType().id()).isEqualTo(MediaTypeIds.IMAGE);
		assertThat(logo.variants().get(0).name()).isEqualTo("Logo");
		assertThat(src(logo)).endsWith("/logo.png");
		assertThat(((Number) value(logo, "umbracoWidth").value()).intValue()).isEqualTo(3);
		assertThat(((Number) value(logo, "umbracoHeight").value()).intValue()).isEqualTo(2);
	}

	@Test
	void uploadsAFileKeepingItsName() throws IOException {
		byte[] png = png(4, 4);
		Path file = Files.write(this.folder.resolve("team-photo.png"), png);

		Created created = this.uploads.upload(file, MediaUpload.image("Team")).block();

		assertThat(this.umbraco.media().fileContent(created.id()))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(png));
		assertThat(src(this.media.getMediaById(created.id()).block())).endsWith("/team-photo.png");
	}

	@Test
	void uploadsAStreamAndClosesIt() throws IOException {
		byte[] png = png(1, 1);
		ClosingStream stream = new ClosingStream(png);

		Created created = this.uploads.upload(stream, "pixel.png", MediaUpload.image("Pixel")).block();

		assertThat(stream.closed).isTrue();
		assertThat(this.umbraco.media().fileContent(created.id()))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(png));
		assertThat(this.umbraco.media().name(created.id())).hasValue("Pixel");
	}

	@Test
	void uploadsANonImageFileAsFileMedia() {
		Created created = this.uploads.upload(PDF, "manual.pdf", MediaUpload.file("Manual")).block();

		MediaResponse manual = this.media.getMediaById(created.id()).block();
		assertThat(manual.mediaType().id()).isEqualTo(MediaTypeIds.FILE);
		assertThat(value(manual, "umbracoFile").editorAlias()).isEqualTo("Umbraco.UploadField");
		assertThat(src(manual)).endsWith("/manual.pdf");
		assertThat(value(manual, "umbracoExtension").value()).isEqualTo("pdf");
		assertThat(((Number) value(manual, "umbracoBytes").value()).longValue()).isEqualTo(PDF.length);
		assertThat(this.umbraco.media().fileContent(created.id()))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly(PDF));
	}

	@Test
	void usesACallerChosenId() {
		UUID id = UUID.randomUUID();
		Created created = this.uploads.upload(PDF, "terms.pdf", new MediaUpload("Terms", MediaTypeIds.FILE, null, id))
			.block();
		assertThat(created.id()).isEqualTo(id);
		assertThat(this.umbraco.media().name(id)).hasValue("Terms");
		assertThat(this.umbraco.media().fileContent(id)).isPresent();
	}

	@Test
	void uploadsIntoAParentFolder() {
		UUID parent = this.umbraco.media().add("Downloads " + UUID.randomUUID(), MediaTypeIds.FOLDER, null);

		Created created = this.uploads
			.upload(PDF, "catalogue.pdf", new MediaUpload("Catalogue", MediaTypeIds.FILE, parent, null))
			.block();

		assertThat(this.media.getTreeMediaChildrenAll(parent, null, 10).collectList().block()).singleElement()
			.satisfies((child) -> {
				assertThat(child.id()).isEqualTo(created.id());
				assertThat(child.parent().id()).isEqualTo(parent);
			});
		assertThat(this.media.getTreeMediaAncestors(created.id()).block()).extracting(MediaTreeItemResponse::id)
			.containsExactly(parent, created.id());
	}

	@Test
	void removesTheUploadedFileWhenTheMediaCannotBeCreated() {
		int before = this.umbraco.media().temporaryFileCount();
		assertThatExceptionOfType(UmbracoNotFoundException.class).isThrownBy(() -> this.uploads
			.upload(PDF, "orphan.pdf", new MediaUpload("Orphan", MediaTypeIds.FILE, UUID.randomUUID(), null))
			.block());
		assertThat(this.umbraco.media().temporaryFileCount()).isEqualTo(before);
	}

	@Test
	void reportsAnUnknownParentAsNotFound() {
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.uploads
				.upload(PDF, "orphan.pdf", new MediaUpload("Orphan", MediaTypeIds.FILE, UUID.randomUUID(), null))
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("ParentNotFound");
				assertThat(ex.getProblemDetails().title()).isEqualTo("The targeted content parent could not be found");
			});
	}

	@Test
	void stopsBeforeCreatingMediaWhenTheUploadIsRefused() {
		this.umbraco.resetCounters();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.uploads.upload(PDF, "handler.ashx", MediaUpload.file("Handler")).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("FileExtensionNotAllowed"));
		assertThat(this.umbraco.apiRequests("POST", API + "/temporary-file")).isEqualTo(1);
		assertThat(this.umbraco.apiRequests("POST", API + "/media")).isZero();
	}

	@Test
	void reportsANonImageFileUploadedAsAnImageAsAPropertyValidationError() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.uploads.upload(PDF, "manual.pdf", MediaUpload.image("Not an image")).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("PropertyValidationError");
				assertThat(ex.getErrors()).hasEntrySatisfying("$.values[0].value",
						(messages) -> assertThat(messages).singleElement()
							.asString()
							.contains("manual.pdf", "is not valid for upload"));
			});
	}

	@Test
	void refusesAnUploadRequestWithoutAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> MediaUpload.image(""));
		assertThatIllegalArgumentException().isThrownBy(() -> new MediaUpload("Typeless", null, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.uploads.upload(PDF, " ", MediaUpload.file("Blank file name")));
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static String src(MediaResponse media) {
		Object value = value(media, "umbracoFile").value();
		assertThat(value).isInstanceOf(Map.class);
		return String.valueOf(((Map<?, ?>) value).get("src"));
	}

	private static MediaValueResponse value(MediaResponse media, String alias) {
		return media.values()
			.stream()
			.filter((value) -> value.alias().equals(alias))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No value " + alias + " in " + media.values()));
	}

	/** Remembers being closed. */
	private static final class ClosingStream extends ByteArrayInputStream {

		boolean closed;

		ClosingStream(byte[] content) {
			super(content);
		}

		@Override
		public void close() throws IOException {
			this.closed = true;
			super.close();
		}

	}

}
