package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.SegmentResponse;
import io.github.umbracomgmt.error.UmbracoBadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SegmentClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoSegmentClient segments;

	@Test
	void listsTheSegmentsTheSiteKnows() {
		String alias = "members-" + UUID.randomUUID();
		this.umbraco.settings().addSegment(alias, "Members");
		assertThat(this.segments.getSegmentAll(100).collectList().block())
			.contains(new SegmentResponse("Members", alias, null));
	}

	@Test
	void walksTheSegmentsLazilyPageByPage() {
		String prefix = "segment-" + UUID.randomUUID() + "-";
		for (int i = 0; i < 5; i++) {
			this.umbraco.settings().addSegment(prefix + i, "Segment " + i);
		}
		long total = this.segments.getSegmentPage(0, 1).block().total();
		this.umbraco.resetCounters();
		List<SegmentResponse> all = this.segments.getSegmentAll(2).collectList().block();
		assertThat(all).hasSize((int) total)
			.extracting(SegmentResponse::alias)
			.doesNotHaveDuplicates()
			.contains(prefix + 0, prefix + 1, prefix + 2, prefix + 3, prefix + 4);
		assertThat(this.umbraco.apiRequests("GET", API + "/segment")).isEqualTo((int) ((total + 1) / 2));
		try (var stream = this.segments.getSegmentStream(3)) {
			assertThat(stream.count()).isEqualTo(total);
		}
	}

	@Test
	void reportsANegativeSkipAsABadRequest() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.segments.getSegmentPage(-1, 10).block())
			.satisfies((ex) -> {
				assertThat(ex.getProblemDetails().title()).isEqualTo("Invalid paging");
				assertThat(ex.getProblemDetails().detail()).contains("skip");
			});
	}

}
