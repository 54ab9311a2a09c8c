package io.castellan.identity.principal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IdentityIntegrationTest
class PrincipalApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	private TestHttp admin;

	@BeforeEach
	void obtainAdminToken() throws Exception {
		TokenResponse response = TokenResponse.parse(new TokenRequest(
				java.net.URI.create("http://localhost:" + this.port + "/oauth2/token"),
				new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT),
						new Secret(IdentityIntegrationTest.ADMIN_SECRET)),
				new ClientCredentialsGrant(), new com.nimbusds.oauth2.sdk.Scope("platform.admin"))
			.toHTTPRequest()
			.send());
		this.admin = TestHttp.at(this.port).as(response.toSuccessResponse().getTokens().getAccessToken().getValue());
	}

	@Test
	void registerWhenTenantJustCreatedAndTokenGivenThenRegisteredAndPublished() {
		String tenantId = UUID.randomUUID().toString();
		String tenantToken = publishTenant(tenantId);

		TestHttp.Response created = this.admin.header(ConsistencyToken.HEADER, tenantToken)
			.post("/api/principals", body(tenantId, "human", "alice", "alice@example.com"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header(ConsistencyToken.HEADER)).isNotBlank();
		assertThat(this.admin.get("/api/principals/" + id).json().get("email").asString())
			.isEqualTo("alice@example.com");
		assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(PrincipalRegistered.TYPE);
			assertThat(record.key()).isEqualTo(tenantId);
		});
	}

	@Test
	void registerWhenTenantUnknownThenUnprocessableAndNothingStored() {
		long before = countEvents();
		TestHttp.Response response = this.admin.post("/api/principals", body("no-such-tenant", "device", "meter", null));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("tenant_not_found");
		assertThat(countEvents()).isEqualTo(before);
	}

	@Test
	void registerWhenNameTakenInTenantThenConflictButFreeInAnotherTenant() {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		String token = ConsistencyToken.parse(publishTenant(first)).merge(ConsistencyToken.parse(publishTenant(second)))
			.encode();
		TestHttp http = this.admin.header(ConsistencyToken.HEADER, token);
		assertThat(http.post("/api/principals", body(first, "service", "billing", null)).status()).isEqualTo(201);

		TestHttp.Response again = http.post("/api/principals", body(first, "service", "Billing", null));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("principal_name_taken");
		assertThat(http.post("/api/principals", body(second, "service", "billing", null)).status()).isEqualTo(201);
	}

	@Test
	void registerWhenTenantFrozenThenConflictAndNothingStored() {
		String tenantId = UUID.randomUUID().toString();
		String token = ConsistencyToken.parse(publishTenant(tenantId))
			.merge(TestEvents.publish(this.publisher, new TenantStatusChanged(tenantId, "frozen", "frozen", "active",
					"admin", Instant.now())))
			.encode();
		long before = countEvents();
		TestHttp.Response response = this.admin.header(ConsistencyToken.HEADER, token)
			.post("/api/principals", body(tenantId, "human", "frosty", null));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("code").asString()).isEqualTo("tenant_not_active");
		assertThat(countEvents()).isEqualTo(before);
	}

	@Test
	void registerWhenBadInputThenProblem() {
		Map<String, String> cases = Map.of("{\"tenantId\":", "malformed_request",
				"{\"tenantId\":\"t\",\"kind\":\"robot\",\"name\":\"x\"}", "validation_failed",
				"{\"tenantId\":\"t\",\"kind\":\"human\",\"name\":\"x\",\"email\":\"not-an-email\"}", "validation_failed",
				"{\"tenantId\":\"t\",\"kind\":\"human\",\"name\":\"" + "x".repeat(300) + "\"}", "validation_failed");
		cases.forEach((json, code) -> {
			TestHttp.Response response = this.admin.post("/api/principals", json);
			assertThat(response.status()).as(json).isEqualTo(400);
			assertThat(response.json().get("code").asString()).as(json).isEqualTo(code);
		});
	}

	@Test
	void registerWhenConsistencyTokenGarbageThenBadRequest() {
		TestHttp.Response response = this.admin.header(ConsistencyToken.HEADER, "garbage!")
			.post("/api/principals", body("t", "human", "x", null));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("consistency_token_invalid");
	}

	private String publishTenant(String tenantId) {
		return TestEvents.publish(this.publisher, new TenantCreated(tenantId, "T " + tenantId,
				"t-" + tenantId.substring(0, 8), "active", "test", Instant.now()))
			.encode();
	}

	private static Map<String, Object> body(String tenantId, String kind, String name, String email) {
		Map<String, Object> body = new HashMap<>(Map.of("tenantId", tenantId, "kind", kind, "name", name));
		if (email != null) {
			body.put("email", email);
		}
		return body;
	}

	private long countEvents() {
		return this.jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

}
