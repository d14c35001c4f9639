package io.github.umbracomgmt.client;

import java.util.function.BiFunction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

import io.github.umbracomgmt.client.model.Page;

/**
 * Walks a {@code skip}/{@code take} paged listing lazily: the next page is requested only
 * when the items of the previous one have been consumed, and walking stops at the total
 * or at the first short page.
 *
 * @author umbraco-mgmt
 */
public final class Paging {

	private Paging() {
	}

	/**
	 * All items of a paged listing.
	 * @param fetch fetches one page given {@code skip} and {@code take}
	 * @param pageSize the {@code take} of each request
	 * @param <T> the item type
	 * @return the items, page after page
	 */
	public static <T> Flux<T> flux(BiFunction<Integer, Integer, Mono<Page<T>>> fetch, int pageSize) {
		Assert.isTrue(pageSize > 0, "pageSize must be positive");
		return Flux.defer(() -> pages(fetch, pageSize, 0)).concatMapIterable(Page::items);
	}

	private static <T> Flux<Page<T>> pages(BiFunction<Integer, Integer, Mono<Page<T>>> fetch, int pageSize, int skip) {
		return fetch.apply(skip, pageSize).flatMapMany((page) -> {
			int next = skip + pageSize;
			boolean more = page.items().size() == pageSize && next < page.total();
			return more ? Flux.just(page).concatWith(Flux.defer(() -> pages(fetch, pageSize, next))) : Flux.just(page);
		});
	}

}
