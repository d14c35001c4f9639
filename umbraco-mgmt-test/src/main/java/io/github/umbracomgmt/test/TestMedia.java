package io.github.umbracomgmt.test;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The media library of an {@link UmbracoTestServer}: media items, media types and
 * temporary files, e.g. {@code umbraco.media().addTemporaryFile("logo.png", bytes)}.
 *
 * <p>
 * What the methods add is what clients then see over HTTP; what they read is what clients
 * left.
 */
public final class TestMedia {

	private final MediaLibrary mediaLibrary;

	private final Clock clock;

	TestMedia(MediaLibrary mediaLibrary, Clock clock) {
		this.mediaLibrary = mediaLibrary;
		this.clock = clock;
	}

	/**
	 * Adds a temporary file, as if uploaded to {@code POST /temporary-file}, so a test
	 * can create media from it without a multipart request. It expires a day later by the
	 * server's clock, as Umbraco's do.
	 * @return the new temporary file's id
	 */
	public UUID addTemporaryFile(String fileName, byte[] content) {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(content, "content");
		UUID id = UUID.randomUUID();
		synchronized (this.mediaLibrary) {
			this.mediaLibrary.addTemporaryFile(id, fileName, content);
		}
		return id;
	}

	/**
	 * The bytes uploaded as this temporary file, while it is neither expired, deleted nor
	 * used by media.
	 */
	public Optional<byte[]> temporaryFileContent(UUID id) {
		synchronized (this.mediaLibrary) {
			MediaLibrary.TemporaryFile file = this.mediaLibrary.temporaryFile(id);
			return Optional.ofNullable(file).map(found -> found.content.clone());
		}
	}

	/** The file name this temporary file was uploaded with, while it is available. */
	public Optional<String> temporaryFileName(UUID id) {
		synchronized (this.mediaLibrary) {
			return Optional.ofNullable(this.mediaLibrary.temporaryFile(id)).map(file -> file.fileName);
		}
	}

	/**
	 * Temporary files waiting to be used; media creation consumes the ones it references.
	 */
	public int temporaryFileCount() {
		synchronized (this.mediaLibrary) {
			// A copy, because looking an expired file up removes it.
			return (int) List.copyOf(this.mediaLibrary.temporaryFiles.keySet())
				.stream()
				.filter(id -> this.mediaLibrary.temporaryFile(id) != null)
				.count();
		}
	}

	/**
	 * Adds a media item without a file (typically a folder, {@link MediaTypeIds#FOLDER})
	 * and returns its id.
	 * @param parentId the parent media item, or {@code null} for the root
	 * @throws IllegalArgumentException if the media type or parent does not exist
	 */
	public UUID add(String name, UUID mediaTypeId, UUID parentId) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(mediaTypeId, "mediaTypeId");
		synchronized (this.mediaLibrary) {
			if (this.mediaLibrary.mediaType(mediaTypeId) == null) {
				throw new IllegalArgumentException("No media type " + mediaTypeId);
			}
			if (parentId != null && this.mediaLibrary.media(parentId) == null) {
				throw new IllegalArgumentException("No media item " + parentId);
			}
			UUID id = UUID.randomUUID();
			MediaLibrary.MediaItem item = new MediaLibrary.MediaItem(id, mediaTypeId, parentId, this.clock.instant());
			item.variants.add(new MediaLibrary.Variant(null, null, name, item.createDate, item.createDate));
			item.sortOrder = this.mediaLibrary.nextSortOrder(parentId);
			this.mediaLibrary.media.put(id, item);
			return id;
		}
	}

	/** Media items, trashed ones included. */
	public int count() {
		synchronized (this.mediaLibrary) {
			return this.mediaLibrary.media.size();
		}
	}

	/** A media item's (invariant) name, if the item exists. */
	public Optional<String> name(UUID id) {
		synchronized (this.mediaLibrary) {
			return Optional.ofNullable(this.mediaLibrary.media(id)).map(MediaLibrary.MediaItem::name);
		}
	}

	/**
	 * The bytes stored for a media item's {@code umbracoFile}, copied from the temporary
	 * file its create or update referenced, so a test can check an upload end to end.
	 */
	public Optional<byte[]> fileContent(UUID id) {
		synchronized (this.mediaLibrary) {
			return Optional.ofNullable(this.mediaLibrary.media(id))
				.map(item -> item.files.get("umbracoFile"))
				.map(file -> file.content().clone());
		}
	}

	/** Media types, the built-in Folder, Image and File included. */
	public int typeCount() {
		synchronized (this.mediaLibrary) {
			return this.mediaLibrary.mediaTypes.size();
		}
	}

	/**
	 * Tells the server which property editor a data type uses (e.g.
	 * {@code Umbraco.UploadField} or {@code Umbraco.ImageCropper}), so media types built
	 * on a custom data type report its {@code editorAlias} and take files. Umbraco's
	 * default data types are known already; unknown ones behave as {@code Umbraco.Label}.
	 */
	public void setDataTypeEditor(UUID dataTypeId, String editorAlias) {
		this.mediaLibrary.setDataTypeEditor(Objects.requireNonNull(dataTypeId, "dataTypeId"),
				Objects.requireNonNull(editorAlias, "editorAlias"));
	}

	/**
	 * Removes media, temporary files, media type folders, custom media types and data
	 * type editors set with {@link #setDataTypeEditor(UUID, String)}: the built-in media
	 * types stay.
	 */
	public void clear() {
		this.mediaLibrary.reset();
	}

}
