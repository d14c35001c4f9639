package io.github.umbracomgmt.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Temporary File} operations: a multipart upload under a client-chosen
 * {@code Id}, which a media create or update then references. As in Umbraco, an upload
 * lives a day (by the server's clock) or until media uses it.
 */
final class TemporaryFileResources implements ResourceGroup {

	private final MediaLibrary library;

	TemporaryFileResources(MediaLibrary library) {
		this.library = library;
	}

	@Override
	public void registerRoutes(Router router) {
		router.post("/temporary-file", this::create);
		router.get("/temporary-file/configuration", (request, variables) -> ApiResponse.json(200, configuration()));
		router.get("/temporary-file/{id:uuid}", this::get);
		router.delete("/temporary-file/{id:uuid}", this::delete);
	}

	private ApiResponse create(ApiRequest request, Map<String, String> variables) {
		Multipart form = Multipart.parse(request);
		Map<String, List<String>> errors = new LinkedHashMap<>();
		Optional<Multipart.Part> idPart = form.part("Id");
		UUID id = null;
		if (idPart.isEmpty() || idPart.get().text().isBlank()) {
			errors.computeIfAbsent("Id", key -> new ArrayList<>()).add("The Id field is required.");
		}
		else {
			try {
				id = UUID.fromString(idPart.get().text().trim());
			}
			catch (IllegalArgumentException ex) {
				errors.computeIfAbsent("Id", key -> new ArrayList<>())
					.add("The value '" + idPart.get().text() + "' is not valid for Id.");
			}
		}
		Optional<Multipart.Part> filePart = form.part("File").filter(part -> part.fileName() != null);
		if (filePart.isEmpty()) {
			errors.computeIfAbsent("File", key -> new ArrayList<>()).add("The File field is required.");
		}
		if (!errors.isEmpty()) {
			return ApiResponse.validationProblem(errors);
		}
		String fileName = baseName(filePart.get().fileName());
		if (fileName.isBlank()) {
			return ApiResponse.problem(400, "The provided file name is not valid", null, "InvalidFileName");
		}
		if (MediaLibrary.DISALLOWED_EXTENSIONS.contains(MediaLibrary.extension(fileName))) {
			return ApiResponse.problem(400, "File extension not allowed", "The file extension is not allowed.",
					"FileExtensionNotAllowed");
		}
		synchronized (this.library) {
			if (this.library.temporaryFile(id) != null) {
				return ApiResponse.problem(400, "Key already used", "The specified key is already used.",
						"KeyAlreadyUsed");
			}
			this.library.addTemporaryFile(id, fileName, filePart.get().content());
		}
		return Replies.created("/temporary-file/" + id, id);
	}

	private ApiResponse get(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			return ApiResponse.json(200, MediaJson.temporaryFile(existing(variables)));
		}
	}

	private ApiResponse delete(ApiRequest request, Map<String, String> variables) {
		synchronized (this.library) {
			this.library.temporaryFiles.remove(existing(variables).id);
			return ApiResponse.empty(200);
		}
	}

	/**
	 * The live temporary file a path names, or Umbraco's 404. Call with the library
	 * locked.
	 */
	private MediaLibrary.TemporaryFile existing(Map<String, String> variables) {
		MediaLibrary.TemporaryFile file = this.library.temporaryFile(Router.id(variables));
		if (file == null) {
			throw new ResponseException(
					ApiResponse.problem(404, "The temporary file could not be found", null, "NotFound"));
		}
		return file;
	}

	/**
	 * {@code TemporaryFileConfigurationResponseModel} with Umbraco's default content
	 * settings.
	 */
	private static ObjectNode configuration() {
		ObjectNode node = Json.object();
		Json.putStrings(node, "imageFileTypes", MediaLibrary.IMAGE_FILE_TYPES);
		Json.putStrings(node, "disallowedUploadedFilesExtensions", MediaLibrary.DISALLOWED_EXTENSIONS);
		Json.putStrings(node, "allowedUploadedFileExtensions", List.of());
		// No request size limit is configured by default, which Umbraco reports as null.
		node.putNull("maxFileSize");
		return node;
	}

	/**
	 * Browsers on Windows once sent full paths as file names; ASP.NET keeps only the last
	 * segment.
	 */
	private static String baseName(String fileName) {
		int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
		return fileName.substring(slash + 1).trim();
	}

}
