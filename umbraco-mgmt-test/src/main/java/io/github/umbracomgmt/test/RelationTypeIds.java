package io.github.umbracomgmt.test;

import java.util.UUID;

/**
 * The ids of Umbraco's built-in relation types, which {@link UmbracoTestServer} serves
 * under {@code /relation-type/{id}}. Umbraco derives them from alias and name, so they
 * are the same on every site.
 */
public final class RelationTypeIds {

	/**
	 * {@code Relate Document On Copy} ({@code relateDocumentOnCopy}): document to
	 * document, bidirectional.
	 */
	public static final UUID RELATE_DOCUMENT_ON_COPY = UUID.fromString("4cbeb612-e689-3563-b755-bf3ede295433");

	/**
	 * {@code Relate Parent Document On Delete} ({@code relateParentDocumentOnDelete}):
	 * document to document.
	 */
	public static final UUID RELATE_PARENT_DOCUMENT_ON_DELETE = UUID.fromString("0cc3507c-66ab-3091-8913-3d998148e423");

	/**
	 * {@code Relate Parent Media Folder On Delete}
	 * ({@code relateParentMediaFolderOnDelete}): media to media.
	 */
	public static final UUID RELATE_PARENT_MEDIA_FOLDER_ON_DELETE = UUID
		.fromString("8307994f-faf2-3844-bab9-72d34514edf2");

	/** {@code Related Media} ({@code umbMedia}): a dependency, any object types. */
	public static final UUID RELATED_MEDIA = UUID.fromString("4954ce93-3bf9-3d1e-9cd2-21bf9f9c2abf");

	/** {@code Related Document} ({@code umbDocument}): a dependency, any object types. */
	public static final UUID RELATED_DOCUMENT = UUID.fromString("0b93e414-5abe-36ec-a6bb-516e56f12238");

	private RelationTypeIds() {
	}

}
