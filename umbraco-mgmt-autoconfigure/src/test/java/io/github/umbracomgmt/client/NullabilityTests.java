package io.github.umbracomgmt.client;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model records carry JSpecify's {@code @Nullable} exactly on the components that the
 * OpenAPI document allows to be null or absent, as the generator derived them from the
 * document ({@code nullability.tsv}), and on no other.
 */
class NullabilityTests {

	@Test
	void modelComponentsAreNullableExactlyWhereTheDocumentAllowsNullOrAbsence() throws Exception {
		int checked = 0;
		int nullable = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				NullabilityTests.class.getResourceAsStream("/io/github/umbracomgmt/client/nullability.tsv"),
				StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				if (header) {
					assertThat(line).isEqualTo("model\tcomponent\tnullable");
					header = false;
					continue;
				}
				String[] cells = line.split("\t");
				Class<?> model = Class.forName("io.github.umbracomgmt.client.model." + cells[0]);
				RecordComponent component = Arrays.stream(model.getRecordComponents())
					.filter((candidate) -> candidate.getName().equals(cells[1]))
					.findFirst()
					.orElseThrow(() -> new AssertionError(cells[0] + " has no component " + cells[1]));
				boolean expected = cells[2].equals("yes");
				assertThat(component.getAnnotatedType().isAnnotationPresent(Nullable.class))
					.as("%s.%s is @Nullable", cells[0], cells[1])
					.isEqualTo(expected);
				checked++;
				nullable += expected ? 1 : 0;
			}
		}
		assertThat(checked).isGreaterThan(1000);
		assertThat(nullable).isPositive().isLessThan(checked);
	}

}
