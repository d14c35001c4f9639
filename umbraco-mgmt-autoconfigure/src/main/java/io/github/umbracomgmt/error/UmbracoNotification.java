package io.github.umbracomgmt.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of Umbraco's {@code Umb-Notifications} response header: a message the back
 * office would show.
 *
 * @param message the text
 * @param category the category, e.g. a heading
 * @param type the kind, e.g. {@code Success}, {@code Warning} or {@code Error}
 * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UmbracoNotification(String message, String category, String type) {
}
