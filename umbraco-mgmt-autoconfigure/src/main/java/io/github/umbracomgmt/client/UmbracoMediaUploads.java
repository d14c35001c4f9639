package io.github.umbracomgmt.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.util.Assert;

import io.github.umbracomgmt.client.model.CreateMediaRequest;
import io.github.umbracomgmt.client.model.MediaValue;
import io.github.umbracomgmt.client.model.MediaVariantRequest;
import io.github.umbracomgmt.client.model.ReferenceById;

/**
 * Media upload in one call: sends the file to Umbraco's temporary-file endpoint, then
 * creates the media item whose {@code umbracoFile} value references it, as the back
 * office does.
 *
 * @author umbraco-mgmt
 */
public final class UmbracoMediaUploads {

	/** Umbraco's built-in Image media type. */
	public static final UUID IMAGE_MEDIA_TYPE = UUID.fromString("cc07b313-0843-4aa8-bbda-871c8da728c8");

	/** Umbraco's built-in File media type. */
	public static final UUID FILE_MEDIA_TYPE = UUID.fromString("4c52d8ab-54e6-40cd-999c-7a5f24903e4d");

	/** The property alias of the file of Umbraco's built-in media types. */
	public static final String FILE_PROPERTY_ALIAS = "umbracoFile";

	private final UmbracoTemporaryFileClient temporaryFiles;

	private final UmbracoMediaClient media;

	/**
	 * Creates an uploader.
	 * @param temporaryFiles the temporary-file client
	 * @param media the media client
	 */
	public UmbracoMediaUploads(UmbracoTemporaryFileClient temporaryFiles, UmbracoMediaClient media) {
		this.temporaryFiles = temporaryFiles;
		this.media = media;
	}

	/**
	 * Uploads bytes and creates a media item for them.
	 * @param content the file's content
	 * @param fileName the file name Umbraco stores, e.g. {@code logo.png}
	 * @param request what to create: name, media type, parent, optional id
	 * @return the created media item
	 */
	public Mono<Created> upload(byte[] content, String fileName, MediaUpload request) {
		Assert.hasText(fileName, "fileName must not be empty");
		return upload(new NamedByteArrayResource(content, fileName), request);
	}

	/**
	 * Uploads a file and creates a media item for it; the file's name is kept.
	 * @param file the file
	 * @param request what to create
	 * @return the created media item
	 */
	public Mono<Created> upload(Path file, MediaUpload request) {
		return Mono.fromCallable(() -> Files.readAllBytes(file))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((bytes) -> upload(bytes, file.getFileName().toString(), request));
	}

	/**
	 * Uploads a stream's content and creates a media item for it. The stream is read to
	 * its end and closed.
	 * @param content the content
	 * @param fileName the file name Umbraco stores
	 * @param request what to create
	 * @return the created media item
	 */
	public Mono<Created> upload(InputStream content, String fileName, MediaUpload request) {
		Assert.hasText(fileName, "fileName must not be empty");
		return Mono.fromCallable(() -> {
			try (InputStream in = content) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic()).flatMap((bytes) -> upload(bytes, fileName, request));
	}

	private Mono<Created> upload(Resource file, MediaUpload request) {
		UUID temporaryFileId = UUID.randomUUID();
		return this.temporaryFiles.createTemporaryFile(temporaryFileId.toString(), file)
			.then(Mono.defer(() -> this.media
				.createMedia(new CreateMediaRequest(
						List.of(new MediaValue(null, null, FILE_PROPERTY_ALIAS,
								Map.of("temporaryFileId", temporaryFileId.toString()))),
						List.of(new MediaVariantRequest(null, null, request.name())), request.id(),
						(request.parentId() != null) ? new ReferenceById(request.parentId()) : null,
						new ReferenceById(request.mediaTypeId())))
				// the upload would otherwise linger until Umbraco expires it; the
				// create's error is what matters
				.onErrorResume((ex) -> this.temporaryFiles.deleteTemporaryFileById(temporaryFileId)
					.onErrorResume((cleanupFailure) -> Mono.empty())
					.then(Mono.error(ex)))));
	}

	/**
	 * What media item to create for an uploaded file.
	 *
	 * @param name the media item's name
	 * @param mediaTypeId its media type, e.g. {@link #IMAGE_MEDIA_TYPE}
	 * @param parentId the parent media folder, or {@code null} for the root
	 * @param id the id to give it, or {@code null} to let Umbraco choose
	 */
	public record MediaUpload(String name, UUID mediaTypeId, @Nullable UUID parentId, @Nullable UUID id) {

		/**
		 * Checks the required parts.
		 * @param name the media item's name
		 * @param mediaTypeId its media type
		 * @param parentId the parent media folder, or {@code null} for the root
		 * @param id the id to give it, or {@code null} to let Umbraco choose
		 */
		public MediaUpload {
			Assert.hasText(name, "name must not be empty");
			Assert.notNull(mediaTypeId, "mediaTypeId must not be null");
		}

		/**
		 * An image at the media root.
		 * @param name the media item's name
		 * @return the request
		 */
		public static MediaUpload image(String name) {
			return new MediaUpload(name, IMAGE_MEDIA_TYPE, null, null);
		}

		/**
		 * A file at the media root.
		 * @param name the media item's name
		 * @return the request
		 */
		public static MediaUpload file(String name) {
			return new MediaUpload(name, FILE_MEDIA_TYPE, null, null);
		}

	}

	/**
	 * A byte array with the file name the multipart part needs, so Umbraco treats it as
	 * an uploaded file.
	 */
	private static final class NamedByteArrayResource extends ByteArrayResource {

		private final String fileName;

		NamedByteArrayResource(byte[] content, String fileName) {
			super(content);
			this.fileName = fileName;
		}

		@Override
		public String getFilename() {
			return this.fileName;
		}

	}

}
