package io.github.umbracomgmt.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an invalid {@code umbraco.management.*} setting the way Boot reports its own
 * configuration errors: the property, what is wrong and what to set.
 *
 * @author umbraco-mgmt
 */
class UmbracoConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidUmbracoPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidUmbracoPropertyException cause) {
		String description = "The Umbraco Management API client is not configured correctly:\n\n    Property: "
				+ cause.getProperty() + "\n    Problem:  " + cause.getMessage();
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
