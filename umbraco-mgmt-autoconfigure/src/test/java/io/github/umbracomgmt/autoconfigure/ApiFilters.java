package io.github.umbracomgmt.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.umbracomgmt.http.UmbracoCircuitBreakerFilter;
import io.github.umbracomgmt.http.UmbracoRetryFilter;
import io.github.umbracomgmt.site.UmbracoSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of a site's API {@code WebClient}, outermost first, read back through
 * {@link WebClient#mutate()}: what the site factory put in front of the bearer filter
 * (retry, circuit breaker) is visible only there.
 */
final class ApiFilters {

	private ApiFilters() {
	}

	/**
	 * Every filter of a site's API client, outermost first.
	 * @param site the site
	 * @return its filters
	 */
	static List<ExchangeFilterFunction> of(UmbracoSite site) {
		List<ExchangeFilterFunction> filters = new ArrayList<>();
		site.webClient().mutate().filters(filters::addAll);
		return filters;
	}

	/**
	 * The filters of a type, outermost first.
	 * @param site the site
	 * @param type the type
	 * @param <T> the type
	 * @return the filters of that type; empty if there are none
	 */
	static <T extends ExchangeFilterFunction> List<T> of(UmbracoSite site, Class<T> type) {
		return of(site).stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The one retry filter of a site.
	 * @param site the site
	 * @return its retry filter; fails the test unless there is exactly one
	 */
	static UmbracoRetryFilter retryFilter(UmbracoSite site) {
		List<UmbracoRetryFilter> filters = of(site, UmbracoRetryFilter.class);
		assertThat(filters).as("retry filters of site %s", site.name()).hasSize(1);
		return filters.get(0);
	}

	/**
	 * The circuit breaker of a site.
	 * @param site the site
	 * @return the breaker of its one breaker filter; fails the test unless there is
	 * exactly one
	 */
	static CircuitBreaker breaker(UmbracoSite site) {
		List<UmbracoCircuitBreakerFilter> filters = of(site, UmbracoCircuitBreakerFilter.class);
		assertThat(filters).as("circuit-breaker filters of site %s", site.name()).hasSize(1);
		return filters.get(0).getCircuitBreaker();
	}

}
