package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateTemplateRequest;
import io.github.umbracomgmt.client.model.NamedEntityTreeItemResponse;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.TemplateItemResponse;
import io.github.umbracomgmt.client.model.TemplateResponse;
import io.github.umbracomgmt.client.model.UpdateTemplateRequest;
import io.github.umbracomgmt.error.UmbracoBadRequestException;
import io.github.umbracomgmt.error.UmbracoConflictException;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TemplateClientTests extends ClientTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Autowired
	private UmbracoTemplateClient templates;

	@Test
	void createsReadsUpdatesAndDeletesATemplate() {
		String alias = uniqueAlias("article");
		String content = "@inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage\n<h1>@Model.Name</h1>";
		Created created = this.templates.createTemplate(new CreateTemplateRequest("Article", alias, content, null))
			.block();
		assertThat(created.id()).isNotNull();
		assertThat(created.location().toString()).endsWith("/template/" + created.id());
		assertThat(created.notifications()).isNotEmpty();
		assertThat(this.umbraco.settings().templateContent(created.id())).contains(content);

		TemplateResponse read = this.templates.getTemplateById(created.id()).block();
		assertThat(read).isEqualTo(new TemplateResponse("Article", alias, content, created.id(), null, null));

		String newContent = content + "\n<p>updated</p>";
		var updated = this.templates
			.putTemplateById(created.id(), new UpdateTemplateRequest("News article", alias, newContent))
			.block();
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat(Created.notifications(updated)).isNotEmpty();
		TemplateResponse changed = this.templates.getTemplateById(created.id()).block();
		assertThat(changed.name()).isEqualTo("News article");
		assertThat(changed.content()).isEqualTo(newContent);

		this.templates.deleteTemplateById(created.id()).block();
		assertThat(this.umbraco.settings().templateContent(created.id())).isEmpty();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.templates.getTemplateById(created.id()).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("TemplateNotFound");
				assertThat(ex.getProblemDetails().status()).isEqualTo(404);
			});
	}

	@Test
	void givesATemplateCreatedWithoutContentUmbracosDefaultContent() {
		UUID id = this.templates.createTemplate(new CreateTemplateRequest("Empty", uniqueAlias("empty"), null, null))
			.block()
			.id();
		assertThat(this.templates.getTemplateById(id).block().content())
			.contains("@inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage")
			.contains("Layout = null;");
	}

	@Test
	void keepsTheContentWhenAnUpdateLeavesItOut() {
		String alias = uniqueAlias("kept");
		UUID id = this.umbraco.settings().addTemplate(alias, "Kept");
		String content = this.templates.getTemplateById(id).block().content();
		this.templates.putTemplateById(id, new UpdateTemplateRequest("Still kept", alias, null)).block();
		TemplateResponse read = this.templates.getTemplateById(id).block();
		assertThat(read.name()).isEqualTo("Still kept");
		assertThat(read.content()).isEqualTo(content);
	}

	@Test
	void acceptsACallerChosenIdAndRefusesItTwice() {
		UUID id = UUID.randomUUID();
		assertThat(this.templates.createTemplate(new CreateTemplateRequest("Chosen", uniqueAlias("chosen"), null, id))
			.block()
			.id()).isEqualTo(id);
		assertThatExceptionOfType(UmbracoConflictException.class)
			.isThrownBy(() -> this.templates
				.createTemplate(new CreateTemplateRequest("Again", uniqueAlias("again"), null, id))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("DuplicateKey"));
	}

	@Test
	void reportsADuplicateAliasWithItsOperationStatus() {
		String alias = uniqueAlias("duplicate");
		this.umbraco.settings().addTemplate(alias, "First");
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.templates.createTemplate(new CreateTemplateRequest("Second", alias, null, null)).block())
			.satisfies((ex) -> {
				assertThat(ex.getOperationStatus()).isEqualTo("DuplicateAlias");
				assertThat(ex.getProblemDetails().detail()).contains(alias);
			});
	}

	@Test
	void reportsAnInvalidAliasWithTheValidationErrors() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(
					() -> this.templates.createTemplate(new CreateTemplateRequest("Bad", "not an alias", null, null))
						.block())
			.satisfies((ex) -> assertThat(ex.getErrors()).containsKey("$.alias"));
	}

	@Test
	void readsTheLayoutFromTheContent() {
		String masterAlias = uniqueAlias("master");
		UUID master = this.umbraco.settings().addTemplate(masterAlias, "Master");
		UUID child = this.templates
			.createTemplate(new CreateTemplateRequest("Child", uniqueAlias("child"),
					"@{\n\tLayout = \"" + masterAlias + ".cshtml\";\n}", null))
			.block()
			.id();
		assertThat(this.templates.getTemplateById(child).block().masterTemplate()).isEqualTo(new ReferenceById(master));
	}

	@Test
	void reportsAnUnknownLayout() {
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.templates.createTemplate(new CreateTemplateRequest("Orphan", uniqueAlias("orphan"),
					"@{ Layout = \"" + uniqueAlias("missing") + ".cshtml\"; }", null))
				.block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("LayoutTemplateNotFound"));
	}

	@Test
	void refusesToDeleteALayoutThatOtherTemplatesUse() {
		String masterAlias = uniqueAlias("layout");
		UUID master = this.umbraco.settings().addTemplate(masterAlias, "Layout");
		this.templates
			.createTemplate(new CreateTemplateRequest("Page", uniqueAlias("page"),
					"@{ Layout = \"" + masterAlias + ".cshtml\"; }", null))
			.block();
		assertThatExceptionOfType(UmbracoBadRequestException.class)
			.isThrownBy(() -> this.templates.deleteTemplateById(master).block())
			.satisfies((ex) -> assertThat(ex.getOperationStatus()).isEqualTo("LayoutTemplateCannotBeDeleted"));
	}

	@Test
	void walksTheTemplatesBelowALayoutLazilyPageByPage() {
		String masterAlias = uniqueAlias("tree");
		UUID master = this.umbraco.settings().addTemplate(masterAlias, "Tree");
		for (int i = 0; i < 7; i++) {
			this.templates
				.createTemplate(new CreateTemplateRequest("Leaf " + i, uniqueAlias("leaf"),
						"@{ Layout = \"" + masterAlias + ".cshtml\"; }", null))
				.block();
		}
		this.umbraco.resetCounters();
		List<NamedEntityTreeItemResponse> children = this.templates.getTreeTemplateChildrenAll(master, 3)
			.collectList()
			.block();
		assertThat(children).extracting(NamedEntityTreeItemResponse::name)
			.containsExactly("Leaf 0", "Leaf 1", "Leaf 2", "Leaf 3", "Leaf 4", "Leaf 5", "Leaf 6");
		assertThat(children).allSatisfy((child) -> {
			assertThat(child.parent()).isEqualTo(new ReferenceById(master));
			assertThat(child.hasChildren()).isFalse();
		});
		assertThat(this.umbraco.apiRequests("GET", API + "/tree/template/children")).isEqualTo(3);
		try (var stream = this.templates.getTreeTemplateChildrenStream(master, 5)) {
			assertThat(stream.count()).isEqualTo(7);
		}
	}

	@Test
	void showsALayoutWithChildrenAtTheRootOfTheTree() {
		String masterAlias = uniqueAlias("root");
		UUID master = this.umbraco.settings().addTemplate(masterAlias, "Root layout");
		UUID child = this.templates
			.createTemplate(new CreateTemplateRequest("Nested", uniqueAlias("nested"),
					"@{ Layout = \"" + masterAlias + ".cshtml\"; }", null))
			.block()
			.id();
		try (var root = this.templates.getTreeTemplateRootStream(10)) {
			assertThat(root.filter((item) -> item.id().equals(master) || item.id().equals(child))).singleElement()
				.satisfies((item) -> {
					assertThat(item.id()).isEqualTo(master);
					assertThat(item.hasChildren()).isTrue();
					assertThat(item.parent()).isNull();
				});
		}
	}

	@Test
	void readsTheAncestorsOfANestedTemplate() {
		String masterAlias = uniqueAlias("top");
		UUID master = this.umbraco.settings().addTemplate(masterAlias, "Top");
		UUID child = this.templates
			.createTemplate(new CreateTemplateRequest("Bottom", uniqueAlias("bottom"),
					"@{ Layout = \"" + masterAlias + ".cshtml\"; }", null))
			.block()
			.id();
		assertThat(this.templates.getTreeTemplateAncestors(child).block()).extracting(NamedEntityTreeItemResponse::id)
			.containsExactly(master, child);
	}

	@Test
	void readsItemsByRepeatedIdParameters() {
		String firstAlias = uniqueAlias("first");
		UUID first = this.umbraco.settings().addTemplate(firstAlias, "First");
		UUID second = this.umbraco.settings().addTemplate(uniqueAlias("second"), "Second");
		List<TemplateItemResponse> items = this.templates.getItemTemplate(List.of(first, second, UUID.randomUUID()))
			.block();
		assertThat(items).extracting(TemplateItemResponse::id).containsExactlyInAnyOrder(first, second);
		assertThat(items).contains(new TemplateItemResponse(first, "First", firstAlias, List.of()));
	}

	@Test
	void searchesItemsByNameAcrossPages() {
		String token = "Searchable " + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			this.umbraco.settings().addTemplate(uniqueAlias("search"), token + " " + i);
		}
		this.umbraco.resetCounters();
		assertThat(this.templates.getItemTemplateSearchAll(token, 2).collectList().block())
			.extracting(TemplateItemResponse::name)
			.containsExactly(token + " 0", token + " 1", token + " 2", token + " 3", token + " 4");
		assertThat(this.umbraco.apiRequests("GET", API + "/item/template/search")).isEqualTo(3);
		try (var stream = this.templates.getItemTemplateSearchStream(token, 10)) {
			assertThat(stream.count()).isEqualTo(5);
		}
	}

	@Test
	void readsTheTemplateConfiguration() {
		assertThat(this.templates.getTemplateConfiguration().block().disabled()).isFalse();
	}

	private static String uniqueAlias(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "");
	}

}
