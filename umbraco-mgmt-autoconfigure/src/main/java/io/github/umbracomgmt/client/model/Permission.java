package io.github.umbracomgmt.client.model;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A granular permission of a user or user group, told apart by Umbraco's {@code $type} discriminator. A type a newer
 * Umbraco adds arrives as {@link Unknown} instead of failing deserialization.
 *
 * @author umbraco-mgmt
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "$type", visible = true, defaultImpl = Permission.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = Permission.Document.class, name = "DocumentPermissionPresentationModel"),
		@JsonSubTypes.Type(value = Permission.DocumentPropertyValue.class,
				name = "DocumentPropertyValuePermissionPresentationModel"),
		@JsonSubTypes.Type(value = Permission.Unknown.class, name = "UnknownTypePermissionPresentationModel") })
public sealed interface Permission {

	/**
	 * The permission's verbs, e.g. {@code Umb.Document.Read}.
	 * @return the verbs
	 */
	Set<String> verbs();

	/**
	 * Verbs granted on one document ({@code DocumentPermissionPresentationModel}).
	 *
	 * @param document the document
	 * @param verbs the verbs
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Document(ReferenceById document, Set<String> verbs) implements Permission {
	}

	/**
	 * Verbs granted on one property of a document type ({@code DocumentPropertyValuePermissionPresentationModel}).
	 *
	 * @param documentType the document type
	 * @param propertyType the property type
	 * @param verbs the verbs
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DocumentPropertyValue(ReferenceById documentType, ReferenceById propertyType,
			Set<String> verbs) implements Permission {
	}

	/**
	 * A permission of another kind ({@code UnknownTypePermissionPresentationModel}, or a type this client does not
	 * know yet).
	 *
	 * @param context the permission's context
	 * @param verbs the verbs
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Unknown(String context, Set<String> verbs) implements Permission {
	}

}
