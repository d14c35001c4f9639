package io.github.umbracomgmt.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.UmbracoMediaUploads.MediaUpload;
import io.github.umbracomgmt.client.model.CreateDocumentRequest;
import io.github.umbracomgmt.client.model.CultureAndScheduleRequest;
import io.github.umbracomgmt.client.model.DocumentResponse;
import io.github.umbracomgmt.client.model.DocumentValue;
import io.github.umbracomgmt.client.model.DocumentVariantRequest;
import io.github.umbracomgmt.client.model.PublishableVariantState;
import io.github.umbracomgmt.client.model.PublishDocumentRequest;
import io.github.umbracomgmt.client.model.ReferenceById;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example, run as written: upload an image, create a document of a type with
 * property values that reference it, and publish it.
 */
class ContentExampleTests extends ClientTestSupport {

	@Autowired
	private UmbracoDocumentClient documents;

	@Autowired
	private UmbracoMediaUploads uploads;

	@TempDir
	Path folder;

	@Test
	void publishesAnArticleWithAHeroImage() throws Exception {
		UUID articleTypeId = this.umbraco.settings().addDocumentType("article", "Article");
		UUID blogId = this.umbraco.documents().add("Blog", UUID.randomUUID());
		this.umbraco.documents().publish(blogId);
		Path file = Files.write(this.folder.resolve("hero.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2, 3 });

		Created hero = this.uploads.upload(file, MediaUpload.image("Hero")).block();

		Created article = this.documents
			.createDocument(new CreateDocumentRequest(
					List.of(new DocumentValue(null, null, "title", "Spring meets Umbraco"),
							new DocumentValue(null, null, "heroImage",
									List.of(Map.of("key", UUID.randomUUID().toString(), "mediaKey",
											hero.id().toString())))),
					List.of(new DocumentVariantRequest(null, null, "Spring meets Umbraco")), null,
					new ReferenceById(blogId), new ReferenceById(articleTypeId), null))
			.block();
		this.documents
			.putDocumentByIdPublish(article.id(),
					new PublishDocumentRequest(List.of(new CultureAndScheduleRequest(null, null))))
			.block();

		assertThat(this.umbraco.media().fileContent(hero.id()))
			.hasValueSatisfying((content) -> assertThat(content).containsExactly((byte) 0xFF, (byte) 0xD8, 1, 2, 3));
		assertThat(this.umbraco.media().name(hero.id())).hasValue("Hero");
		DocumentResponse published = this.documents.getDocumentById(article.id()).block();
		assertThat(published.variants().get(0).state()).isEqualTo(PublishableVariantState.PUBLISHED);
		assertThat(published.values()).anySatisfy((value) -> {
			assertThat(value.alias()).isEqualTo("heroImage");
			assertThat(value.value().toString()).contains(hero.id().toString());
		});
	}

}
