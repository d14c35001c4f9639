package io.github.umbracomgmt.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code UmbracoTestServer.builder().version(...)}: the server reports the version and
 * lacks the operations that version lacks, answering them as ASP.NET answers an unknown
 * route.
 */
class VersionSwitchTests extends ServerTestSupport {

	private static final String API = "/umbraco/management/api/v1";

	@Override
	UmbracoTestServer.Builder configure(UmbracoTestServer.Builder builder) {
		return builder.version("17.3");
	}

	@Test
	void serverInformationReportsTheChosenVersion() {
		assertThat(this.http.getJson("/server/information").get("version").asString()).isEqualTo("17.3.0");
		assertThat(this.http.getJson("/server/information").get("assemblyVersion").asString()).isEqualTo("17.3.0");
		assertThat(this.server.version()).isEqualTo("17.3.0");
	}

	@Test
	void anOperationNewerThanTheVersionAnswers404WithNoBodyEvenWithoutAToken() {
		HttpResponse<String> withToken = this.http.get("/element/" + UUID.randomUUID());
		HttpResponse<String> anonymous = this.http.getAnonymously("/tree/element/root");

		assertThat(withToken.statusCode()).isEqualTo(404);
		assertThat(withToken.body()).isEmpty();
		assertThat(anonymous.statusCode()).isEqualTo(404);
		assertThat(anonymous.body()).isEmpty();
	}

	@Test
	void anOperationOfThatVersionStillWorks() {
		UUID id = this.server.documents().add("Home", UUID.randomUUID());

		assertThat(this.http.getJson("/document/" + id).get("id").asString()).isEqualTo(id.toString());
		assertThat(this.http.get("/member/configuration").statusCode()).isEqualTo(200);
	}

	@Test
	void literalSegmentsWinOverPlaceholdersWhenMatchingTheList() throws IOException {
		OperationCatalog catalog = OperationCatalog.parse(stream("""
				# a comment
				method\tpath\toperationId\ttag\tsince\tremoved
				GET\t/umbraco/management/api/v1/document/{id}\tGetDocumentById\tDocument\t16.0\t
				GET\t/umbraco/management/api/v1/document/configuration\tGetDocumentConfiguration\tDocument\t18.1\t
				GET\t/umbraco/management/api/v1/member/configuration\tGetMemberConfiguration\tMember\t16.0\t18.0
				"""));

		assertThat(catalog.size()).isEqualTo(3);
		assertThat(catalog.find("GET", API + "/Document/Configuration").operationId())
			.isEqualTo("GetDocumentConfiguration");
		assertThat(catalog.find("GET", API + "/document/" + UUID.randomUUID()).operationId())
			.isEqualTo("GetDocumentById");
		assertThat(catalog.find("PUT", API + "/document/" + UUID.randomUUID())).isNull();
		OperationCatalog.Operation removed = catalog.find("GET", API + "/member/configuration");
		assertThat(removed.existsIn(ApiVersion.parse("17.3"))).isTrue();
		assertThat(removed.existsIn(ApiVersion.parse("18.0.2"))).isFalse();
	}

	@Test
	void aListWithoutItsHeaderIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> OperationCatalog.parse(stream("GET\t/x\tGetX\tX\t16.0\t\n")))
			.withMessageContaining("method\\tpath");
	}

	@Test
	void theBundledListHasTheServerInformationOperation() {
		assertThat(OperationCatalog.bundled().find("GET", API + "/server/information").since())
			.isEqualTo(ApiVersion.parse("16.0"));
	}

	@Test
	void aVersionThatIsNotOneIsRefusedUpFront() {
		assertThatIllegalArgumentException().isThrownBy(() -> UmbracoTestServer.builder().version("seventeen"))
			.withMessageContaining("17.3");
	}

	@Test
	void settingTheVersionLaterChangesTheRoutesAndResetGoesBack() {
		this.server.setVersion("18.0.2");
		assertThat(this.http.get("/tree/element/root").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/member/configuration").statusCode()).isEqualTo(404);

		this.server.reset();

		assertThat(this.http.get("/tree/element/root").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/member/configuration").statusCode()).isEqualTo(200);
		assertThat(this.server.version()).isEqualTo("17.3.0");
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
