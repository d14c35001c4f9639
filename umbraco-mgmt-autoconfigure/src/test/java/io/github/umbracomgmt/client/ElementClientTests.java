package io.github.umbracomgmt.client;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.umbracomgmt.client.model.CreateElementRequest;
import io.github.umbracomgmt.client.model.CreateFolderRequest;
import io.github.umbracomgmt.client.model.CultureAndScheduleRequest;
import io.github.umbracomgmt.client.model.ElementResponse;
import io.github.umbracomgmt.client.model.ElementTreeItemResponse;
import io.github.umbracomgmt.client.model.ElementValue;
import io.github.umbracomgmt.client.model.ElementVariantRequest;
import io.github.umbracomgmt.client.model.FolderItemResponse;
import io.github.umbracomgmt.client.model.MoveElementRequest;
import io.github.umbracomgmt.client.model.PublishElementRequest;
import io.github.umbracomgmt.client.model.PublishableVariantState;
import io.github.umbracomgmt.client.model.ReferenceById;
import io.github.umbracomgmt.client.model.UnpublishElementRequest;
import io.github.umbracomgmt.client.model.UpdateElementRequest;
import io.github.umbracomgmt.client.model.UpdateFolderResponse;
import io.github.umbracomgmt.error.UmbracoNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Element client (Umbraco 18's element library) end to end against the test kit:
 * create, read, update, publish, unpublish, folders, move, tree, items, recycle bin and
 * delete.
 */
class ElementClientTests extends ClientTestSupport {

	@Autowired
	private UmbracoElementClient elements;

	private final UUID elementType = UUID.randomUUID();

	@Test
	void createsReadsUpdatesPublishesUnpublishesAndDeletesAnElement() {
		Created created = this.elements
			.createElement(new CreateElementRequest(new ReferenceById(this.elementType), null, null,
					List.of(new ElementValue(null, null, "title", "Call to action")),
					List.of(new ElementVariantRequest(null, null, "Call to action"))))
			.block();
		ElementResponse element = this.elements.getElementById(created.id()).block();
		assertThat(element.id()).isEqualTo(created.id());
		assertThat(element.documentType().id()).isEqualTo(this.elementType);
		assertThat(element.variants()).singleElement().satisfies((variant) -> {
			assertThat(variant.name()).isEqualTo("Call to action");
			assertThat(variant.state()).isEqualTo(PublishableVariantState.DRAFT);
		});

		this.elements
			.putElementById(created.id(),
					new UpdateElementRequest(List.of(new ElementValue(null, null, "title", "Sign up")),
							List.of(new ElementVariantRequest(null, null, "Sign up"))))
			.block();
		assertThat(this.elements.getElementById(created.id()).block().variants().get(0).name()).isEqualTo("Sign up");

		this.elements
			.putElementByIdPublish(created.id(),
					new PublishElementRequest(List.of(new CultureAndScheduleRequest(null, null))))
			.block();
		assertThat(this.elements.getElementById(created.id()).block().variants().get(0).state())
			.isEqualTo(PublishableVariantState.PUBLISHED);
		this.elements.putElementByIdUnpublish(created.id(), new UnpublishElementRequest(null)).block();
		assertThat(this.elements.getElementById(created.id()).block().variants().get(0).state())
			.isEqualTo(PublishableVariantState.DRAFT);

		this.elements.deleteElementById(created.id()).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.elements.getElementById(created.id()).block());
	}

	@Test
	void movesAnElementIntoAFolderAndListsTheTreeAndItems() {
		Created folder = this.elements.createElementFolder(new CreateFolderRequest("Banners", null, null)).block();
		Created element = this.elements
			.createElement(new CreateElementRequest(new ReferenceById(this.elementType), null, null, List.of(),
					List.of(new ElementVariantRequest(null, null, "Hero banner"))))
			.block();
		this.elements.putElementByIdMove(element.id(), new MoveElementRequest(new ReferenceById(folder.id()))).block();

		assertThat(this.elements.getElementFolderById(folder.id()).block().name()).isEqualTo("Banners");
		assertThat(this.elements.getTreeElementRootAll(null, null, 10).collectList().block())
			.extracting(ElementTreeItemResponse::id)
			.contains(folder.id())
			.doesNotContain(element.id());
		assertThat(this.elements.getTreeElementChildrenAll(folder.id(), null, null, 10).collectList().block())
			.extracting(ElementTreeItemResponse::id)
			.containsExactly(element.id());
		assertThat(this.elements.getItemElement(List.of(element.id())).block()).singleElement()
			.satisfies((item) -> assertThat(item.parent().id()).isEqualTo(folder.id()));
	}

	@Test
	void movesAnElementToTheRecycleBinAndRestoresIt() {
		Created element = this.elements
			.createElement(new CreateElementRequest(new ReferenceById(this.elementType), null, null, List.of(),
					List.of(new ElementVariantRequest(null, null, "Old promo"))))
			.block();
		this.elements.putElementByIdMoveToRecycleBin(element.id()).block();
		assertThat(this.elements.getElementById(element.id()).block().isTrashed()).isTrue();
		assertThat(this.elements.getRecycleBinElementRootAll(10).collectList().block())
			.anySatisfy((item) -> assertThat(item.id()).isEqualTo(element.id()));
		this.elements.putRecycleBinElementByIdRestore(element.id(), new MoveElementRequest(null)).block();
		assertThat(this.elements.getElementById(element.id()).block().isTrashed()).isFalse();

		this.elements.putElementByIdMoveToRecycleBin(element.id()).block();
		this.elements.deleteRecycleBinElementById(element.id()).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.elements.getElementById(element.id()).block());
		assertThat(this.elements.getRecycleBinElementRootAll(10).collectList().block())
			.noneSatisfy((item) -> assertThat(item.id()).isEqualTo(element.id()));
	}

	@Test
	void renamesListsAndDeletesAFolder() {
		Created folder = this.elements.createElementFolder(new CreateFolderRequest("Promos", null, null)).block();
		this.elements.putElementFolderById(folder.id(), new UpdateFolderResponse("Campaigns")).block();
		assertThat(this.elements.getElementFolderById(folder.id()).block().name()).isEqualTo("Campaigns");
		assertThat(this.elements.getItemElementFolder(List.of(folder.id())).block())
			.extracting(FolderItemResponse::name)
			.containsExactly("Campaigns");

		this.elements.deleteElementFolderById(folder.id()).block();
		assertThatExceptionOfType(UmbracoNotFoundException.class)
			.isThrownBy(() -> this.elements.getElementFolderById(folder.id()).block());
	}

}
