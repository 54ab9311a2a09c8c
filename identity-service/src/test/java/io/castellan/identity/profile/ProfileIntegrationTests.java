package io.castellan.identity.profile;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.identity.AdminClient;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.ProfileDefined;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Profiles: versioned JSON Schemas that decide principals' kind and validate their attributes. */
@IdentityIntegrationTest
class ProfileIntegrationTests {

	private static final Map<String, Object> METER_V1 = Map.of("type", "object", "required", List.of("site"),
			"properties", Map.of("site", Map.of("type", "string"), "phase", Map.of("type", "integer", "maximum", 3)));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	private TestHttp admin;

	private String tenantId;

	private String token;

	private String profileName;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
		this.tenantId = UUID.randomUUID().toString();
		this.token = TestEvents.publish(this.publisher, new TenantCreated(this.tenantId, "Utility",
				"u-" + this.tenantId.substring(0, 8), "active", "t", Instant.now()))
			.encode();
		this.profileName = "water_meter_" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void registerWhenProfileGivenThenKindFollowsAndAttributesAreValidatedAgainstItsNewestVersion() {
		TestHttp.Response defined = define(METER_V1);
		assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
		assertThat(defined.json().get("version").asInt()).isEqualTo(1);

		TestHttp.Response meter = register(Map.of("site", "north", "phase", 2), null);
		assertThat(meter.status()).as(meter.toString()).isEqualTo(201);
		assertThat(meter.json().get("kind").asString()).isEqualTo("device");
		assertThat(meter.json().get("profile").asString()).isEqualTo(this.profileName);
		assertThat(meter.json().get("profileVersion").asInt()).isEqualTo(1);

		TestHttp.Response invalid = register(Map.of("phase", 9), null);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.json().get("code").asString()).isEqualTo("attributes_invalid");
		assertThat(invalid.json().get("detail").asString()).contains("site", "phase");

		TestHttp.Response wrongKind = register(Map.of("site", "x"), "service");
		assertThat(wrongKind.json().get("code").asString()).isEqualTo("profile_kind_mismatch");

		String profileId = defined.json().get("profileId").asString();
		Map<String, Object> v2 = new HashMap<>(METER_V1);
		v2.put("required", List.of("site", "serial"));
		TestHttp.Response revised = this.admin.put("/api/profiles/" + profileId + "/schema", v2);
		assertThat(revised.json().get("version").asInt()).isEqualTo(2);
		assertThat(register(Map.of("site", "north"), null).json().get("code").asString())
			.isEqualTo("attributes_invalid");

		String meterId = meter.json().get("id").asString();
		TestHttp.Response stillV1 = this.admin.patch("/api/principals/" + meterId, Map.of("attributes", Map.of("site", "s")));
		assertThat(stillV1.status()).as("an update is checked against the newest version").isEqualTo(422);
		TestHttp.Response updated = this.admin.patch("/api/principals/" + meterId,
				Map.of("attributes", Map.of("site", "south", "serial", "SN-1")));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("profileVersion").asInt()).isEqualTo(2);
		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(ProfileDefined.TYPE);
			assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(profileId);
		}));
	}

	@Test
	void defineWhenSchemaRefersOutsideItselfOrIsNotASchemaThenRejected() {
		TestHttp.Response remote = define(Map.of("$ref", "http://169.254.169.254/latest/meta-data"));
		assertThat(remote.status()).isEqualTo(422);
		assertThat(remote.json().get("code").asString()).isEqualTo("profile_schema_invalid");
		TestHttp.Response broken = define(Map.of("type", 42));
		assertThat(broken.status()).isEqualTo(422);
		TestHttp.Response huge = define(Map.of("description", "x".repeat(70_000)));
		assertThat(huge.status()).isEqualTo(422);
		assertThat(define(METER_V1).status()).isEqualTo(201);
		assertThat(define(METER_V1).json().get("code").asString()).isEqualTo("profile_name_taken");
	}

	@Test
	void registerWhenProfileUnknownThenUnprocessable() {
		Map<String, Object> body = new HashMap<>(Map.of("tenantId", this.tenantId, "name", "x-" + UUID.randomUUID(),
				"profile", "no_such_profile"));
		TestHttp.Response response = this.admin.header(ConsistencyToken.HEADER, this.token).post("/api/principals", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("profile_not_found");
	}

	private TestHttp.Response define(Map<String, Object> schema) {
		return this.admin.post("/api/profiles",
				Map.of("tenantId", this.tenantId, "name", this.profileName, "kind", "device", "schema", schema));
	}

	private TestHttp.Response register(Map<String, Object> attributes, String kind) {
		Map<String, Object> body = new HashMap<>(Map.of("tenantId", this.tenantId, "name",
				"meter-" + UUID.randomUUID().toString().substring(0, 8), "profile", this.profileName, "attributes",
				attributes));
		if (kind != null) {
			body.put("kind", kind);
		}
		return this.admin.header(ConsistencyToken.HEADER, this.token).post("/api/principals", body);
	}

}
