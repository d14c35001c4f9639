package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.TagResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TagClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoTagClient tags;

	private final String group = "group-" + UUID.randomUUID();

	@Test
	void readsATagWithItsGroupAndNodeCount() {
		UUID id = this.umbraco.settings().addTag("spring", this.group, null, 3);
		assertThat(this.tags.getTagPage(null, this.group, null, 0, 10).block().items())
			.containsExactly(new TagResponse(id, "spring", this.group, 3));
	}

	@Test
	void filtersByTextContainingTheQueryInAnyCase() {
		this.umbraco.settings().addTag("Spring Boot", this.group, null, 1);
		this.umbraco.settings().addTag("springtime", this.group, null, 1);
		this.umbraco.settings().addTag("umbraco", this.group, null, 1);
		assertThat(this.tags.getTagAll("SPRING", this.group, null, 10).collectList().block())
			.extracting(TagResponse::text)
			.containsExactly("Spring Boot", "springtime");
	}

	@Test
	void filtersByTheExactGroup() {
		String text = "tag-" + UUID.randomUUID();
		this.umbraco.settings().addTag(text, this.group, null, 1);
		this.umbraco.settings().addTag(text, this.group + "-other", null, 1);
		assertThat(this.tags.getTagAll(text, this.group, null, 10).collectList().block()).extracting(TagResponse::group)
			.containsExactly(this.group);
	}

	@Test
	void listsInvariantTagsWhenNoCultureIsGiven() {
		this.umbraco.settings().addTag("invariant", this.group, null, 1);
		this.umbraco.settings().addTag("danish", this.group, "da-DK", 1);
		assertThat(this.tags.getTagAll(null, this.group, null, 10).collectList().block()).extracting(TagResponse::text)
			.containsExactly("invariant");
	}

	@Test
	void listsTheTagsOfOneCultureOrOfEveryCulture() {
		this.umbraco.settings().addTag("invariant", this.group, null, 1);
		this.umbraco.settings().addTag("danish", this.group, "da-DK", 1);
		this.umbraco.settings().addTag("english", this.group, "en-US", 1);
		assertThat(this.tags.getTagAll(null, this.group, "da-DK", 10).collectList().block())
			.extracting(TagResponse::text)
			.containsExactly("danish");
		assertThat(this.tags.getTagAll(null, this.group, "*", 10).collectList().block()).extracting(TagResponse::text)
			.containsExactly("invariant", "danish", "english");
	}

	@Test
	void walksTheTagsOfAGroupLazilyPageByPage() {
		for (int i = 0; i < 7; i++) {
			this.umbraco.settings().addTag("tag " + i, this.group, null, i);
		}
		this.umbraco.resetCounters();
		List<TagResponse> all = this.tags.getTagAll(null, this.group, null, 3).collectList().block();
		assertThat(all).extracting(TagResponse::text)
			.containsExactly("tag 0", "tag 1", "tag 2", "tag 3", "tag 4", "tag 5", "tag 6");
		assertThat(all).extracting(TagResponse::nodeCount).containsExactly(0, 1, 2, 3, 4, 5, 6);
		assertThat(this.umbraco.apiRequests("GET", API + "/tag")).isEqualTo(3);
		try (var stream = this.tags.getTagStream(null, this.group, null, 5)) {
			assertThat(stream.count()).isEqualTo(7);
		}
	}

	@Test
	void reportsANegativeTakeAsABadRequest() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.tags.getTagPage(null, this.group, null, 0, -5).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Invalid paging");
				assertThat(ex.getProblemDetails().status()).isEqualTo(400);
			});
	}

}
