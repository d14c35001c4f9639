package io.github.umbracomgmt.test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Everything the media, media type and temporary file groups keep: one object, because
 * creating media reads all three (its type, its parent, the uploaded file) and must see
 * them consistently.
 *
 * <p>
 * Not thread-safe by itself: callers hold the library's monitor
 * ({@code synchronized (library)}) for the whole of each operation, so an operation never
 * sees another half done.
 */
final class MediaLibrary {

	/**
	 * How long Umbraco keeps an unused upload:
	 * {@code Umbraco:CMS:Runtime:TemporaryFileLifeTime}, one day by default.
	 */
	static final Duration TEMPORARY_FILE_LIFETIME = Duration.ofDays(1);

	/** Umbraco's {@code ContentSettings.Imaging.ImageFileTypes} default. */
	static final List<String> IMAGE_FILE_TYPES = List.of("jpeg", "jpg", "gif", "bmp", "png", "tiff", "tif", "webp");

	/** Umbraco's {@code ContentSettings.DisallowedUploadedFileExtensions} default. */
	static final List<String> DISALLOWED_EXTENSIONS = List.of("ashx", "aspx", "ascx", "config", "cshtml", "vbhtml",
			"asmx", "air", "axd", "xamlx");

	static final String UPLOAD_FIELD = "Umbraco.UploadField";

	static final String IMAGE_CROPPER = "Umbraco.ImageCropper";

	static final String LABEL = "Umbraco.Label";

	static final UUID LIST_VIEW_MEDIA = UUID.fromString("3a0156c4-3b8c-4803-bdc1-6871faa83fff");

	static final UUID IMAGE_CROPPER_DATA_TYPE = UUID.fromString("1df9f033-e6d4-451f-b8d2-e0cbc50a836f");

	static final UUID UPLOAD_DATA_TYPE = UUID.fromString("84c6b441-31df-4ffe-b67e-67d5bc3ae65a");

	static final UUID LABEL_STRING_DATA_TYPE = UUID.fromString("f0bc4bfb-b499-40d6-ba86-058885a5178c");

	static final UUID LABEL_BYTES_DATA_TYPE = UUID.fromString("ba5bdbe6-ab3e-46a8-82b3-2c45f10bc47f");

	static final UUID LABEL_PIXELS_DATA_TYPE = UUID.fromString("5eb57825-e15e-4fc7-8e37-fca65cdafbde");

	/**
	 * The editors of the data types a fresh Umbraco install has, so values report the
	 * {@code editorAlias} it would.
	 */
	private static final Map<UUID, String> DEFAULT_EDITORS = defaultEditors();

	private final Clock clock;

	final Map<UUID, TemporaryFile> temporaryFiles = new LinkedHashMap<>();

	/** Media types and their folders, kept as data types and document types are. */
	final FolderedStore<MediaTypeDef> mediaTypes = new FolderedStore<>();

	final Map<UUID, MediaItem> media = new LinkedHashMap<>();

	private final Map<UUID, String> dataTypeEditors = new HashMap<>();

	MediaLibrary(Clock clock) {
		this.clock = clock;
		reset();
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Back to a fresh install: the built-in media types only. */
	synchronized void reset() {
		this.temporaryFiles.clear();
		this.mediaTypes.clear();
		this.media.clear();
		this.dataTypeEditors.clear();
		for (MediaTypeDef type : builtInTypes()) {
			this.mediaTypes.put(type);
		}
	}

	synchronized void setDataTypeEditor(UUID dataTypeId, String editorAlias) {
		this.dataTypeEditors.put(dataTypeId, editorAlias);
	}

	/**
	 * The editor behind a data type. Data types this fake does not know are reported as
	 * labels, the editor that shows any value as is.
	 */
	String editorAlias(UUID dataTypeId) {
		String custom = this.dataTypeEditors.get(dataTypeId);
		return (custom != null) ? custom : DEFAULT_EDITORS.getOrDefault(dataTypeId, LABEL);
	}

	static boolean isFileEditor(String editorAlias) {
		return UPLOAD_FIELD.equals(editorAlias) || IMAGE_CROPPER.equals(editorAlias);
	}

	// temporary files

	/**
	 * A temporary file that has not outlived its lifetime by the server's clock; expired
	 * ones are dropped.
	 */
	TemporaryFile temporaryFile(UUID id) {
		TemporaryFile file = this.temporaryFiles.get(id);
		if (file != null && !now().isBefore(file.availableUntil)) {
			this.temporaryFiles.remove(id);
			return null;
		}
		return file;
	}

	TemporaryFile addTemporaryFile(UUID id, String fileName, byte[] content) {
		TemporaryFile file = new TemporaryFile(id, fileName, content.clone(), now().plus(TEMPORARY_FILE_LIFETIME));
		this.temporaryFiles.put(id, file);
		return file;
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	// media types

	MediaTypeDef mediaType(UUID id) {
		return this.mediaTypes.find(id).orElse(null);
	}

	MediaTypeDef mediaTypeByAlias(String alias) {
		return this.mediaTypes.all()
			.stream()
			.filter(type -> type.alias.equalsIgnoreCase(alias))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Removes a media type and, as Umbraco does, every media item of that type with its
	 * descendants.
	 */
	void deleteMediaType(UUID id) {
		this.mediaTypes.remove(id);
		List<UUID> doomed = this.media.values()
			.stream()
			.filter(item -> item.mediaType.equals(id))
			.map(item -> item.id)
			.toList();
		doomed.forEach(this::deleteMedia);
		for (MediaTypeDef type : this.mediaTypes.all()) {
			type.allowed.removeIf(sort -> sort.mediaType().equals(id));
			type.compositions.removeIf(composition -> composition.mediaType().equals(id));
		}
	}

	// media

	MediaItem media(UUID id) {
		return this.media.get(id);
	}

	/**
	 * Children in sort order; Umbraco appends new items, so it starts as creation order.
	 */
	List<MediaItem> children(UUID parent, boolean trashed) {
		return this.media.values()
			.stream()
			.filter(item -> Objects.equals(item.parent, parent) && item.trashed == trashed)
			.sorted(Comparator.comparingInt(item -> item.sortOrder))
			.toList();
	}

	/** Items directly at the root of the media tree (not trashed). */
	List<MediaItem> root() {
		return children(null, false);
	}

	/** The sort order for an item appended under this parent. */
	int nextSortOrder(UUID parent) {
		return this.media.values()
			.stream()
			.filter(item -> Objects.equals(item.parent, parent))
			.mapToInt(item -> item.sortOrder + 1)
			.max()
			.orElse(0);
	}

	/**
	 * Items moved to the recycle bin themselves, its root. Trashing detaches an item from
	 * its parent (remembered in {@link MediaItem#originalParent}), as Umbraco re-parents
	 * it under the recycle bin.
	 */
	List<MediaItem> recycleBinRoot() {
		return this.media.values().stream().filter(item -> item.trashRoot).toList();
	}

	boolean hasChildren(MediaItem item) {
		return this.media.values().stream().anyMatch(child -> item.id.equals(child.parent));
	}

	/** The item and everything under it. */
	List<MediaItem> subtree(MediaItem item) {
		List<MediaItem> result = new ArrayList<>();
		Deque<MediaItem> pending = new ArrayDeque<>(List.of(item));
		while (!pending.isEmpty()) {
			MediaItem next = pending.pop();
			result.add(next);
			this.media.values().stream().filter(child -> next.id.equals(child.parent)).forEach(pending::add);
		}
		return result;
	}

	/**
	 * From the root down to the item itself, as {@code /tree/media/ancestors} lists them.
	 */
	List<MediaItem> ancestorsAndSelf(MediaItem item) {
		List<MediaItem> result = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		MediaItem current = item;
		while (current != null && seen.add(current.id)) {
			result.add(0, current);
			current = (current.parent != null) ? this.media.get(current.parent) : null;
		}
		return result;
	}

	void deleteMedia(UUID id) {
		MediaItem item = this.media.get(id);
		if (item != null) {
			subtree(item).forEach(doomed -> this.media.remove(doomed.id));
		}
	}

	/**
	 * The public URL path Umbraco's default media file system gives a file: a short
	 * random folder and the name.
	 */
	static String mediaPath(String fileName) {
		String folder = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\s]+", "-").toLowerCase(Locale.ROOT);
		return "/media/" + folder + "/" + safe;
	}

	// data

	/** An upload waiting to be referenced from a media item. */
	static final class TemporaryFile {

		final UUID id;

		final String fileName;

		final byte[] content;

		final Instant availableUntil;

		TemporaryFile(UUID id, String fileName, byte[] content, Instant availableUntil) {
			this.id = id;
			this.fileName = fileName;
			this.content = content;
			this.availableUntil = availableUntil;
		}

	}

	/** A media type as {@code MediaTypeResponseModel} describes it. */
	static final class MediaTypeDef implements FolderedStore.Entry {

		final UUID id;

		String alias;

		String name;

		String description;

		String icon;

		boolean allowedAsRoot;

		boolean variesByCulture;

		boolean variesBySegment;

		boolean isElement;

		UUID collection;

		UUID parent;

		/** Built in: Umbraco refuses to delete these or change their alias. */
		final boolean system;

		List<PropertyDef> properties = new ArrayList<>();

		List<ContainerDef> containers = new ArrayList<>();

		List<Sort> allowed = new ArrayList<>();

		List<Composition> compositions = new ArrayList<>();

		MediaTypeDef(UUID id, boolean system) {
			this.id = id;
			this.system = system;
		}

		@Override
		public UUID id() {
			return this.id;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public UUID parentId() {
			return this.parent;
		}

		PropertyDef property(String alias) {
			return this.properties.stream().filter(property -> property.alias().equals(alias)).findFirst().orElse(null);
		}

	}

	/** A property type of a media type. */
	record PropertyDef(UUID id, UUID container, int sortOrder, String alias, String name, String description,
			UUID dataType, boolean variesByCulture, boolean variesBySegment, boolean mandatory, String mandatoryMessage,
			String regEx, String regExMessage, boolean labelOnTop) {

		static PropertyDef simple(String owner, UUID container, int sortOrder, String alias, String name, UUID dataType,
				boolean mandatory) {
			return new PropertyDef(stableId(owner + "/" + alias), container, sortOrder, alias, name, null, dataType,
					false, false, mandatory, null, null, null, false);
		}

	}

	/** A tab or group of a media type. */
	record ContainerDef(UUID id, UUID parent, String name, String type, int sortOrder) {
	}

	/** An allowed child type and its position. */
	record Sort(UUID mediaType, int sortOrder) {
	}

	/** A composition or inheritance link. */
	record Composition(UUID mediaType, String compositionType) {
	}

	/** A media item. */
	static final class MediaItem {

		final UUID id;

		UUID mediaType;

		UUID parent;

		final Instant createDate;

		boolean trashed;

		/** Moved to the recycle bin itself rather than with an ancestor. */
		boolean trashRoot;

		UUID originalParent;

		int sortOrder;

		List<Variant> variants = new ArrayList<>();

		List<Value> values = new ArrayList<>();

		/**
		 * Stored file content per property alias, copied from the temporary file the
		 * value referenced.
		 */
		Map<String, StoredFile> files = new LinkedHashMap<>();

		MediaItem(UUID id, UUID mediaType, UUID parent, Instant createDate) {
			this.id = id;
			this.mediaType = mediaType;
			this.parent = parent;
			this.createDate = createDate;
		}

		/** The invariant name, or the first variant's. */
		String name() {
			return this.variants.stream()
				.filter(variant -> variant.culture() == null)
				.findFirst()
				.or(() -> this.variants.stream().findFirst())
				.map(Variant::name)
				.orElse("");
		}

	}

	/** A media item's name for one culture and segment. */
	record Variant(String culture, String segment, String name, Instant createDate, Instant updateDate) {
	}

	/**
	 * A property value as the client sent it (file values already turned into {@code src}
	 * form).
	 */
	record Value(String alias, String culture, String segment, JsonNode value) {
	}

	/** A file kept for a media item. */
	record StoredFile(String fileName, String src, byte[] content) {
	}

	// built-ins

	static UUID stableId(String name) {
		return UUID.nameUUIDFromBytes(("umbraco-test-server/media/" + name).getBytes(StandardCharsets.UTF_8));
	}

	private static List<MediaTypeDef> builtInTypes() {
		MediaTypeDef folder = new MediaTypeDef(MediaTypeIds.FOLDER, true);
		folder.alias = "Folder";
		folder.name = "Folder";
		folder.icon = "icon-folder";
		folder.allowedAsRoot = true;
		folder.collection = LIST_VIEW_MEDIA;
		folder.allowed.add(new Sort(MediaTypeIds.FOLDER, 0));
		folder.allowed.add(new Sort(MediaTypeIds.IMAGE, 1));
		folder.allowed.add(new Sort(MediaTypeIds.FILE, 2));

		MediaTypeDef image = new MediaTypeDef(MediaTypeIds.IMAGE, true);
		image.alias = "Image";
		image.name = "Image";
		image.icon = "icon-picture";
		image.allowedAsRoot = true;
		UUID imageGroup = stableId("Image/group");
		image.containers.add(new ContainerDef(imageGroup, null, "Image", "Group", 1));
		image.properties
			.add(PropertyDef.simple("Image", imageGroup, 0, "umbracoFile", "Image", IMAGE_CROPPER_DATA_TYPE, true));
		image.properties
			.add(PropertyDef.simple("Image", imageGroup, 1, "umbracoWidth", "Width", LABEL_PIXELS_DATA_TYPE, false));
		image.properties
			.add(PropertyDef.simple("Image", imageGroup, 2, "umbracoHeight", "Height", LABEL_PIXELS_DATA_TYPE, false));
		image.properties
			.add(PropertyDef.simple("Image", imageGroup, 3, "umbracoBytes", "Size", LABEL_BYTES_DATA_TYPE, false));
		image.properties
			.add(PropertyDef.simple("Image", imageGroup, 4, "umbracoExtension", "Type", LABEL_STRING_DATA_TYPE, false));

		MediaTypeDef file = new MediaTypeDef(MediaTypeIds.FILE, true);
		file.alias = "File";
		file.name = "File";
		file.icon = "icon-document";
		file.allowedAsRoot = true;
		UUID fileGroup = stableId("File/group");
		file.containers.add(new ContainerDef(fileGroup, null, "File", "Group", 1));
		file.properties.add(PropertyDef.simple("File", fileGroup, 0, "umbracoFile", "File", UPLOAD_DATA_TYPE, true));
		file.properties
			.add(PropertyDef.simple("File", fileGroup, 1, "umbracoExtension", "Type", LABEL_STRING_DATA_TYPE, false));
		file.properties
			.add(PropertyDef.simple("File", fileGroup, 2, "umbracoBytes", "Size", LABEL_BYTES_DATA_TYPE, false));
		return List.of(folder, image, file);
	}

	private static Map<UUID, String> defaultEditors() {
		Map<UUID, String> editors = new HashMap<>();
		editors.put(IMAGE_CROPPER_DATA_TYPE, IMAGE_CROPPER);
		for (String upload : List.of("84c6b441-31df-4ffe-b67e-67d5bc3ae65a", "70575fe7-9812-4396-bbe1-c81a76db71b5",
				"8f430dd6-4e96-447e-9dc0-cb552c8cd1f3", "bc1e266c-dac4-4164-bf08-8a1ec6a7143d",
				"215cb418-2153-4429-9aef-8c0f0041191b")) {
			editors.put(UUID.fromString(upload), UPLOAD_FIELD);
		}
		editors.put(UUID.fromString("0cc0eba1-9960-42c9-bf9b-60e150b429ae"), "Umbraco.TextBox");
		editors.put(UUID.fromString("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3"), "Umbraco.TextArea");
		editors.put(UUID.fromString("ca90c950-0aff-4e72-b976-a30b1ac57dad"), "Umbraco.RichText");
		editors.put(UUID.fromString("92897bc6-a5f3-4ffe-ae27-f2e7e33dda49"), "Umbraco.TrueFalse");
		editors.put(UUID.fromString("2e6d3631-066e-44b8-aec4-96f09099b2b5"), "Umbraco.Integer");
		editors.put(UUID.fromString("5046194e-4237-453c-a547-15db3a07c4e1"), "Umbraco.DateTime");
		editors.put(UUID.fromString("e4d66c0f-b935-4200-81f0-025f7256b89a"), "Umbraco.DateTime");
		editors.put(UUID.fromString("b6b73142-b9c1-4bf8-a16d-e1c23320b549"), "Umbraco.Tags");
		editors.put(LIST_VIEW_MEDIA, "Umbraco.ListView");
		editors.put(UUID.fromString("c0808dd3-8133-4e4b-8ce8-e2bea84a96a4"), "Umbraco.ListView");
		for (String picker : List.of("4309a3ea-0d78-4329-a06c-c80b036af19a", "1b661f40-2242-4b44-b9cb-3990ee2b13c0",
				"ad9f0cf2-bda2-45d5-9ea1-a63cfc873fd3", "0e63d883-b62b-4799-88c3-157f82e83ecc")) {
			editors.put(UUID.fromString(picker), "Umbraco.MediaPicker3");
		}
		editors.put(UUID.fromString("fd1e0da5-5606-4862-b679-5d0cf3a52a59"), "Umbraco.ContentPicker");
		editors.put(UUID.fromString("1ea2e01f-ebd8-4ce1-8d71-6b1149e63548"), "Umbraco.MemberPicker");
		editors.put(UUID.fromString("0b6a45e7-44ba-430d-9da5-4e46060b9e03"), "Umbraco.DropDown.Flexible");
		editors.put(UUID.fromString("f38f0ac7-1d27-439c-9f3f-089cd8825a53"), "Umbraco.DropDown.Flexible");
		editors.put(UUID.fromString("fbaf13a8-4036-41f2-93a3-974f678c312a"), "Umbraco.CheckBoxList");
		editors.put(UUID.fromString("bb5f57c9-ce2b-4bb9-b697-4caca783a805"), "Umbraco.RadioButtonList");
		editors.put(UUID.fromString("0225af17-b302-49cb-9176-b9f35cab9c17"), "Umbraco.ColorPicker");
		return Map.copyOf(editors);
	}

}
