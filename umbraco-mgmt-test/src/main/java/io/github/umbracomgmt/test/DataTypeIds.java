package io.github.umbracomgmt.test;

import java.util.UUID;

/**
 * The ids of data types every Umbraco site is installed with, which
 * {@link UmbracoTestServer} also serves under {@code /data-type/{id}}, so tests (and
 * clients that hard-code them, as many do) can build document types without creating data
 * types first.
 */
public final class DataTypeIds {

	/** {@code Textstring}: editor {@code Umbraco.TextBox}. */
	public static final UUID TEXTSTRING = UUID.fromString("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

	/** {@code Textarea}: editor {@code Umbraco.TextArea}. */
	public static final UUID TEXTAREA = UUID.fromString("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3");

	/** {@code Richtext editor}: editor {@code Umbraco.RichText}. */
	public static final UUID RICHTEXT_EDITOR = UUID.fromString("ca90c950-0aff-4e72-b976-a30b1ac57dad");

	/** {@code Label (string)}: editor {@code Umbraco.Label}; cannot be deleted. */
	public static final UUID LABEL_STRING = UUID.fromString("f0bc4bfb-b499-40d6-ba86-058885a5178c");

	/** {@code Numeric}: editor {@code Umbraco.Integer}. */
	public static final UUID NUMERIC = UUID.fromString("2e6d3631-066e-44b8-aec4-96f09099b2b5");

	/** {@code True/false}: editor {@code Umbraco.TrueFalse}. */
	public static final UUID TRUE_FALSE = UUID.fromString("92897bc6-a5f3-4ffe-ae27-f2e7e33dda49");

	/** {@code Checkbox list}: editor {@code Umbraco.CheckBoxList}. */
	public static final UUID CHECKBOX_LIST = UUID.fromString("fbaf13a8-4036-41f2-93a3-974f678c312a");

	/** {@code Dropdown}: editor {@code Umbraco.DropDown.Flexible}. */
	public static final UUID DROPDOWN = UUID.fromString("0b6a45e7-44ba-430d-9da5-4e46060b9e03");

	/** {@code Date Picker}: editor {@code Umbraco.DateTime}. */
	public static final UUID DATE_PICKER = UUID.fromString("5046194e-4237-453c-a547-15db3a07c4e1");

	/** {@code Tags}: editor {@code Umbraco.Tags}. */
	public static final UUID TAGS = UUID.fromString("b6b73142-b9c1-4bf8-a16d-e1c23320b549");

	/**
	 * {@code Image Media Picker}: editor {@code Umbraco.MediaPicker3}, filtered to
	 * images.
	 */
	public static final UUID IMAGE_MEDIA_PICKER = UUID.fromString("ad9f0cf2-bda2-45d5-9ea1-a63cfc873fd3");

	/** {@code Media Picker}: editor {@code Umbraco.MediaPicker3}. */
	public static final UUID MEDIA_PICKER = UUID.fromString("4309a3ea-0d78-4329-a06c-c80b036af19a");

	/** {@code Content Picker}: editor {@code Umbraco.ContentPicker}. */
	public static final UUID CONTENT_PICKER = UUID.fromString("fd1e0da5-5606-4862-b679-5d0cf3a52a59");

	/** {@code Member Picker}: editor {@code Umbraco.MemberPicker}. */
	public static final UUID MEMBER_PICKER = UUID.fromString("1ea2e01f-ebd8-4ce1-8d71-6b1149e63548");

	/** {@code Multi URL Picker}: editor {@code Umbraco.MultiUrlPicker}. */
	public static final UUID MULTI_URL_PICKER = UUID.fromString("b4e3535a-1753-47e2-8568-602cf8cfee6f");

	/** {@code Upload File}: editor {@code Umbraco.UploadField}. */
	public static final UUID UPLOAD_FILE = UUID.fromString("84c6b441-31df-4ffe-b67e-67d5bc3ae65a");

	/** {@code Image Cropper}: editor {@code Umbraco.ImageCropper}. */
	public static final UUID IMAGE_CROPPER = UUID.fromString("1df9f033-e6d4-451f-b8d2-e0cbc50a836f");

	/**
	 * {@code List View - Content}: editor {@code Umbraco.ListView}; cannot be deleted.
	 */
	public static final UUID LIST_VIEW_CONTENT = UUID.fromString("c0808dd3-8133-4e4b-8ce8-e2bea84a96a4");

	/** {@code List View - Media}: editor {@code Umbraco.ListView}; cannot be deleted. */
	public static final UUID LIST_VIEW_MEDIA = UUID.fromString("3a0156c4-3b8c-4803-bdc1-6871faa83fff");

	private DataTypeIds() {
	}

}
