package io.github.umbracomgmt.client;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import io.github.umbracomgmt.error.UmbracoException;
import io.github.umbracomgmt.error.UmbracoNotification;
import io.github.umbracomgmt.http.UmbracoErrorMapper;

/**
 * What a create operation answered: the new resource's identifier and location, and the
 * back office notifications. Umbraco answers {@code 201} with an empty body; the
 * identifier comes from the {@code Umb-Generated-Resource} header, or from the last
 * segment of {@code Location} when that header is missing. It is a UUID for most
 * resources ({@link #id()}), but e.g. a language is named by its ISO code
 * ({@link #resource()}).
 *
 * @param resource the new resource's identifier as Umbraco sent it
 * @param location the {@code Location} header, or {@code null}
 * @param notifications the parsed {@code Umb-Notifications}, possibly empty
 * @author umbraco-mgmt
 */
public record Created(String resource, @Nullable URI location, List<UmbracoNotification> notifications) {

	/** Umbraco's header with the id of a created resource. */
	public static final String GENERATED_RESOURCE_HEADER = "Umb-Generated-Resource";

	/**
	 * Reads a create operation's response.
	 * @param response the response
	 * @return the created resource
	 * @throws UmbracoException when the response names no resource
	 */
	public static Created from(ResponseEntity<?> response) {
		HttpHeaders headers = response.getHeaders();
		URI location = headers.getLocation();
		String generated = headers.getFirst(GENERATED_RESOURCE_HEADER);
		String resource = (generated != null && !generated.isBlank()) ? generated.trim() : lastSegment(location);
		if (resource == null) {
			throw new UmbracoException("Umbraco answered " + response.getStatusCode().value()
					+ " to a create without an Umb-Generated-Resource or Location header", null);
		}
		return new Created(resource, location, notifications(response));
	}

	/**
	 * The new resource's id, for the resources Umbraco identifies by UUID (all but a few,
	 * such as languages).
	 * @return the id
	 * @throws UmbracoException when the identifier is not a UUID (use
	 * {@link #resource()})
	 */
	public UUID id() {
		try {
			return UUID.fromString(this.resource);
		}
		catch (IllegalArgumentException ex) {
			throw new UmbracoException("Umbraco named the created resource '" + this.resource
					+ "', which is not a UUID; read it with resource()", ex);
		}
	}

	/**
	 * The {@code Umb-Notifications} of any response, e.g. of an update, publish or
	 * delete.
	 * @param response the response
	 * @return the notifications, possibly empty
	 */
	public static List<UmbracoNotification> notifications(ResponseEntity<?> response) {
		return UmbracoErrorMapper.notifications(response.getHeaders());
	}

	private static @Nullable String lastSegment(@Nullable URI location) {
		if (location == null || location.getPath() == null) {
			return null;
		}
		String path = location.getPath();
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		int slash = path.lastIndexOf('/');
		return (slash >= 0 && slash < path.length() - 1) ? path.substring(slash + 1) : null;
	}

}
