package io.github.umbracomgmt.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An RFC 9457 problem as Umbraco sends it, with Umbraco's {@code operationStatus}
 * extension and any other extension members kept in {@link #extensions()}.
 *
 * @param type the problem type
 * @param title a short summary
 * @param status the HTTP status
 * @param detail an explanation of this occurrence
 * @param instance the occurrence's URI
 * @param operationStatus Umbraco's operation status, e.g. {@code DuplicateAlias} or
 * {@code NotFound}
 * @param extensions every other member (e.g. {@code errors} of a validation problem)
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemDetails(String type, String title, Integer status, String detail, String instance,
		String operationStatus, @JsonAnyGetter Map<String, Object> extensions) {

	/**
	 * Creates a problem, copying the extensions.
	 */
	@JsonCreator
	public ProblemDetails(@JsonProperty("type") String type, @JsonProperty("title") String title,
			@JsonProperty("status") Integer status, @JsonProperty("detail") String detail,
			@JsonProperty("instance") String instance, @JsonProperty("operationStatus") String operationStatus,
			@JsonAnySetter Map<String, Object> extensions) {
		this.type = type;
		this.title = title;
		this.status = status;
		this.detail = detail;
		this.instance = instance;
		this.operationStatus = operationStatus;
		this.extensions = (extensions != null) ? Collections.unmodifiableMap(withoutNulls(extensions)) : Map.of();
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (key != null && value != null) {
				copy.put(key, value);
			}
		});
		return copy;
	}

}
