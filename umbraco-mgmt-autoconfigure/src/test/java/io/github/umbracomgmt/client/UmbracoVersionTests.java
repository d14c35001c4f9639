package io.github.umbracomgmt.client;

import org.junit.jupiter.api.Test;

import io.github.umbracomgmt.error.UmbracoException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UmbracoVersionTests {

	@Test
	void parsesTheVersionsUmbracoReports() {
		assertThat(UmbracoVersion.parse("16.0.0")).isEqualTo(new UmbracoVersion(16, 0, 0, null));
		assertThat(UmbracoVersion.parse("17.1")).isEqualTo(new UmbracoVersion(17, 1, 0, null));
		assertThat(UmbracoVersion.parse("17.0.0-rc1")).isEqualTo(new UmbracoVersion(17, 0, 0, "rc1"));
		assertThat(UmbracoVersion.parse("13.5.2.0")).isEqualTo(new UmbracoVersion(13, 5, 2, null));
	}

	@Test
	void ordersByMajorMinorPatchWithPreReleasesFirst() {
		assertThat(UmbracoVersion.parse("16.0.0").isAtLeast("15.4.9")).isTrue();
		assertThat(UmbracoVersion.parse("16.0.0").isAtLeast("16.0.0")).isTrue();
		assertThat(UmbracoVersion.parse("16.0.0").isAtLeast("16.0.1")).isFalse();
		assertThat(UmbracoVersion.parse("17.0.0-rc1").isAtLeast("17.0.0")).isFalse();
		assertThat(UmbracoVersion.parse("17.0.0").isAtLeast("17.0.0-rc1")).isTrue();
		assertThat(UmbracoVersion.parse("17.0.0-rc.10").isAtLeast("17.0.0-rc.2")).isTrue();
		assertThat(UmbracoVersion.parse("17.0.0-rc.2").isAtLeast("17.0.0-rc.10")).isFalse();
	}

	@Test
	void hasTheOperationsBetweenTheirSinceAndRemovedVersions() {
		UmbracoOperation elements = UmbracoServerProbe.operation("GetElementById");
		UmbracoOperation memberConfiguration = UmbracoServerProbe.operation("GetMemberConfiguration");
		assertThat(elements.since()).isEqualTo("18.0");
		assertThat(memberConfiguration.removed()).isEqualTo("18.0");
		assertThat(UmbracoVersion.parse("17.3.4").has(elements)).isFalse();
		assertThat(UmbracoVersion.parse("18.0.0-rc1").has(elements)).isTrue();
		assertThat(UmbracoVersion.parse("18.1.0").has(elements)).isTrue();
		assertThat(UmbracoVersion.parse("17.3.4").has(memberConfiguration)).isTrue();
		assertThat(UmbracoVersion.parse("18.0.0-rc1").has(memberConfiguration)).isFalse();
	}

	@Test
	void rejectsTextThatIsNoVersion() {
		assertThatExceptionOfType(UmbracoException.class).isThrownBy(() -> UmbracoVersion.parse("latest"))
			.withMessage("'latest' is not an Umbraco version");
	}

}
