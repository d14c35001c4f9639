package io.github.umbracomgmt.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One of several shapes told apart by Umbraco's {@code $type} discriminator. A type a newer Umbraco adds is read as
 * {@link DefaultReferenceResponse} instead of failing deserialization.
 *
 * @author umbraco-mgmt
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "$type", defaultImpl = DefaultReferenceResponse.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = DefaultReferenceResponse.class, name = "DefaultReferenceResponseModel"),
		@JsonSubTypes.Type(value = DocumentReferenceResponse.class, name = "DocumentReferenceResponseModel"),
		@JsonSubTypes.Type(value = DocumentTypePropertyTypeReferenceResponse.class, name = "DocumentTypePropertyTypeReferenceResponseModel"),
		@JsonSubTypes.Type(value = MediaReferenceResponse.class, name = "MediaReferenceResponseModel"),
		@JsonSubTypes.Type(value = MediaTypePropertyTypeReferenceResponse.class, name = "MediaTypePropertyTypeReferenceResponseModel"),
		@JsonSubTypes.Type(value = MemberReferenceResponse.class, name = "MemberReferenceResponseModel"),
		@JsonSubTypes.Type(value = MemberTypePropertyTypeReferenceResponse.class, name = "MemberTypePropertyTypeReferenceResponseModel") })
public interface ReferenceResponse {

}
