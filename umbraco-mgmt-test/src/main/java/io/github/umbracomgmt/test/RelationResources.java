package io.github.umbracomgmt.test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Relation Type} and {@code Relation} operations. The relation types are
 * Umbraco's built-in ones, with the ids Umbraco derives from their alias and name (an MD5
 * name-based UUID of {@code alias + "____" + name}), so a client can hard-code them as it
 * would against a real site. Relations start empty; tests add them.
 */
final class RelationResources implements ResourceGroup {

	/** Umbraco's {@code UmbracoObjectTypes.Document}. */
	static final ObjectType DOCUMENT = new ObjectType(UUID.fromString("c66ba18e-eaf3-4cff-8a22-41b16d66a972"),
			"Document");

	/** Umbraco's {@code UmbracoObjectTypes.Media}. */
	static final ObjectType MEDIA = new ObjectType(UUID.fromString("b796f64c-1f99-4ffb-b886-4bf4bc011a9c"), "Media");

	/** An object type a relation type connects. */
	record ObjectType(UUID id, String name) {
	}

	/**
	 * A relation type.
	 *
	 * @param parentObject {@code null} when any object type may be the parent
	 * @param childObject {@code null} when any object type may be the child
	 */
	record RelationType(UUID id, String name, String alias, boolean bidirectional, boolean dependency,
			ObjectType parentObject, ObjectType childObject) {
	}

	/** A relation between two items; names may be {@code null}. */
	record Relation(UUID id, UUID typeId, UUID parentId, String parentName, UUID childId, String childName,
			Instant createDate, String comment) {
	}

	static final List<RelationType> BUILT_IN = List.of(
			new RelationType(RelationTypeIds.RELATE_DOCUMENT_ON_COPY, "Relate Document On Copy", "relateDocumentOnCopy",
					true, false, DOCUMENT, DOCUMENT),
			new RelationType(RelationTypeIds.RELATE_PARENT_DOCUMENT_ON_DELETE, "Relate Parent Document On Delete",
					"relateParentDocumentOnDelete", false, false, DOCUMENT, DOCUMENT),
			new RelationType(RelationTypeIds.RELATE_PARENT_MEDIA_FOLDER_ON_DELETE,
					"Relate Parent Media Folder On Delete", "relateParentMediaFolderOnDelete", false, false, MEDIA,
					MEDIA),
			new RelationType(RelationTypeIds.RELATED_MEDIA, "Related Media", "umbMedia", false, true, null, null),
			new RelationType(RelationTypeIds.RELATED_DOCUMENT, "Related Document", "umbDocument", false, true, null,
					null));

	private final Clock clock;

	private final List<Relation> relations = new ArrayList<>();

	RelationResources(Clock clock) {
		this.clock = clock;
	}

	static Optional<RelationType> findType(UUID id) {
		return BUILT_IN.stream().filter(type -> type.id().equals(id)).findFirst();
	}

	synchronized UUID add(UUID typeId, UUID parentId, String parentName, UUID childId, String childName) {
		if (findType(typeId).isEmpty()) {
			throw new IllegalArgumentException("No relation type has the id " + typeId);
		}
		UUID id = UUID.randomUUID();
		this.relations
			.add(new Relation(id, typeId, parentId, parentName, childId, childName, this.clock.instant(), null));
		return id;
	}

	synchronized List<Relation> ofType(UUID typeId) {
		return this.relations.stream().filter(relation -> relation.typeId().equals(typeId)).toList();
	}

	synchronized void reset() {
		this.relations.clear();
	}

	@Override
	public void registerRoutes(Router router) {
		router.get("/relation-type",
				(request, variables) -> Paging.respond(request, BUILT_IN, RelationResources::relationType));
		router.get("/relation-type/{id:uuid}",
				(request, variables) -> findType(Router.id(variables))
					.map(type -> ApiResponse.json(200, relationType(type)))
					.orElseGet(() -> Replies.notFound("The relation type could not be found", "NotFound")));
		router.get("/item/relation-type", (request, variables) -> Replies.items(QueryParams.uuids(request, "id"),
				RelationResources::findType, type -> {
					ObjectNode node = Json.object();
					node.put("id", type.id().toString());
					node.put("name", type.name());
					// Umbraco's system relation types cannot be deleted.
					node.put("isDeletable", false);
					Json.putFlags(node);
					return node;
				}));
		router.get("/relation/type/{id:uuid}", (request, variables) -> {
			Paging paging = Paging.from(request);
			UUID typeId = Router.id(variables);
			if (findType(typeId).isEmpty()) {
				return Replies.notFound("The relation type could not be found", "NotFound");
			}
			return ApiResponse.json(200, paging.page(ofType(typeId), RelationResources::relation));
		});
	}

	static ObjectNode relationType(RelationType type) {
		ObjectNode node = Json.object();
		node.put("name", type.name());
		node.put("isBidirectional", type.bidirectional());
		node.put("isDependency", type.dependency());
		node.put("id", type.id().toString());
		node.put("alias", type.alias());
		putObjectType(node, "parentObject", type.parentObject());
		putObjectType(node, "childObject", type.childObject());
		return node;
	}

	private static void putObjectType(ObjectNode node, String field, ObjectType objectType) {
		if (objectType == null) {
			node.putNull(field);
			return;
		}
		ObjectNode value = node.putObject(field);
		value.put("name", objectType.name());
		value.put("id", objectType.id().toString());
	}

	private static ObjectNode relation(Relation relation) {
		ObjectNode node = Json.object();
		node.put("id", relation.id().toString());
		node.putObject("relationType").put("id", relation.typeId().toString());
		ObjectNode parent = node.putObject("parent");
		parent.put("id", relation.parentId().toString());
		parent.put("name", relation.parentName());
		ObjectNode child = node.putObject("child");
		child.put("id", relation.childId().toString());
		child.put("name", relation.childName());
		Json.putDateTime(node, "createDate", relation.createDate());
		node.put("comment", relation.comment());
		return node;
	}

}
