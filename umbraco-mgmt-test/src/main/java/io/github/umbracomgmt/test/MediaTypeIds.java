package io.github.umbracomgmt.test;

import java.util.UUID;

/**
 * The ids of the media types every Umbraco site is installed with, which
 * {@link UmbracoTestServer} also provides, so tests (and clients that hard-code them, as
 * many do) can create media without creating a type first.
 */
public final class MediaTypeIds {

	/**
	 * {@code Folder} (alias {@code Folder}): no properties, allowed at root, may hold
	 * folders, images and files.
	 */
	public static final UUID FOLDER = UUID.fromString("f38bd2d7-65d0-48e6-95dc-87ce06ec2d3d");

	/**
	 * {@code Image} (alias {@code Image}): {@code umbracoFile} (image cropper) plus the
	 * {@code umbracoWidth}, {@code umbracoHeight}, {@code umbracoBytes} and
	 * {@code umbracoExtension} labels Umbraco fills in on upload.
	 */
	public static final UUID IMAGE = UUID.fromString("cc07b313-0843-4aa8-bbda-871c8da728c8");

	/**
	 * {@code File} (alias {@code File}): {@code umbracoFile} (upload field),
	 * {@code umbracoExtension}, {@code umbracoBytes}.
	 */
	public static final UUID FILE = UUID.fromString("4c52d8ab-54e6-40cd-999c-7a5f24903e4d");

	private MediaTypeIds() {
	}

}
