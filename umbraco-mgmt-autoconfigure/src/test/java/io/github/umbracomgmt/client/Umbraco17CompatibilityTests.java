package io.github.umbracomgmt.client;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an Umbraco 17.3 server sends decodes with the records generated from the 18.1
 * document: one fixture per response model that differs between the two documents, shaped
 * by the 17.3 schema and derived by the generator ({@code compat/index.txt}). Each
 * property the fixture carries and the record knows arrives with a value.
 */
class Umbraco17CompatibilityTests {

	private static final String FIXTURES = "/io/github/umbracomgmt/client/compat/";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyResponseModelThatChangedSince17Decodes17ShapedJson() throws Exception {
		List<String> models = models();
		assertThat(models).isNotEmpty().contains("CurrentUser", "User", "DocumentTypeResponse");
		for (String model : models) {
			Class<?> type = Class.forName("io.github.umbracomgmt.client.model." + model);
			JsonNode fixture;
			try (InputStream in = getClass().getResourceAsStream(FIXTURES + model + ".json")) {
				fixture = this.json.readTree(in);
			}
			Object decoded = this.json.treeToValue(fixture, type);
			assertThat(decoded).as(model).isNotNull();
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					JsonProperty property = component.getAnnotation(JsonProperty.class);
					String name = (property != null) ? property.value() : component.getName();
					if (fixture.hasNonNull(name)) {
						assertThat(component.getAccessor().invoke(decoded)).as("%s.%s", model, name).isNotNull();
					}
				}
			}
		}
	}

	private static List<String> models() throws Exception {
		List<String> models = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Umbraco17CompatibilityTests.class.getResourceAsStream(FIXTURES + "index.txt"),
						StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.startsWith("#") && !line.isBlank()) {
					models.add(line.trim());
				}
			}
		}
		return models;
	}

}
