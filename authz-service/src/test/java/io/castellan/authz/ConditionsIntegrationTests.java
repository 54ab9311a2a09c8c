package io.castellan.authz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ABAC conditions end to end: written with a role or policy, validated at write time, published, and evaluated by
 * the index against the principal's profile attributes, the object's attributes and the check's context.
 */
@CastellanIntegrationTest
class ConditionsIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	private String tenantId;

	private String principalId;

	private ConsistencyToken token;

	private String meter;

	@BeforeEach
	void tenantWithAPrincipalOfSiteNorth() {
		this.tenantId = UUID.randomUUID().toString();
		this.principalId = UUID.randomUUID().toString();
		this.token = TestEvents
			.publish(this.publisher, new TenantCreated(this.tenantId, "T", "t" + this.tenantId.substring(0, 8),
					"active", "admin", Instant.now()))
			.merge(TestEvents.publish(this.publisher, new PrincipalRegistered(this.principalId, this.tenantId, "human",
					"alice", null, "active", Instant.now(), null, Map.of("site", "north"))));
	}

	@Test
	void checkWhenConditionsHoldThenAllowedAndOtherwiseExplainedAsSkipped() {
		this.meter = created(admin().post("/api/authz/objects", Map.of("tenantId", this.tenantId, "type",
				"entity:meter", "attributes", Map.of("site", "north", "level", 4))));
		String roleId = created(admin().post("/api/authz/roles", Map.of("tenantId", this.tenantId, "name", "field",
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of("write"), "scope",
						Map.of("mode", "object_type", "objectType", "entity:meter"), "conditions",
						Map.of("entity.attributes.site", "north", "object.attributes.level", Map.of("gte", 3),
								"context.network", Map.of("in", List.of("office", "vpn"))))))));
		created(admin().post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", roleId, "principalId", this.principalId)));

		assertThat(decide("/api/authz/check", Map.of("network", "vpn")).get("allowed").asBoolean()).isTrue();
		assertThat(decide("/api/authz/check", Map.of("network", "cafe")).get("reason").asString())
			.isEqualTo("no_matching_grant");
		JsonNode explained = decide("/api/authz/explain", Map.of());
		assertThat(explained.get("candidates").get(0).get("outcome").asString()).isEqualTo("skipped_condition");
		assertThat(explained.get("candidates").get(0).get("detail").asString()).contains("context.network")
			.contains("missing");
		assertThat(admin().header(ConsistencyToken.HEADER, this.token.encode())
			.get("/api/authz/roles/" + roleId)
			.json()
			.get("blocks")
			.get(0)
			.get("conditions")
			.get("object.attributes.level")
			.get("gte")
			.asInt()).isEqualTo(3);
	}

	@Test
	void writeWhenConditionInvalidThenUnprocessableWithStableCodes() {
		assertThat(code(admin().post("/api/authz/roles", role(Map.of("object.attributes.level",
				Map.of("between", List.of(1, 2))))))).isEqualTo("condition_operator_unknown");
		assertThat(code(admin().post("/api/authz/roles", role(Map.of("principal.name", "x")))))
			.isEqualTo("condition_path_unknown");
		assertThat(code(admin().post("/api/authz/roles", role(Map.of("context.time", Map.of("lt", "soon"))))))
			.isEqualTo("condition_operand_invalid");
		assertThat(code(admin().post("/api/authz/policies", Map.of("tenantId", this.tenantId, "principalId",
				this.principalId, "block", Map.of("effect", "allow", "actions", List.of("read"), "scope",
						Map.of("mode", "tenant"), "conditions", Map.of("context.time", Map.of("after", "x")))))))
			.isEqualTo("condition_operator_unknown");
	}

	private Map<String, Object> role(Map<String, Object> conditions) {
		return Map.of("tenantId", this.tenantId, "name", "bad", "blocks", List.of(Map.of("effect", "allow", "actions",
				List.of("read"), "scope", Map.of("mode", "tenant"), "conditions", conditions)));
	}

	private JsonNode decide(String path, Map<String, Object> context) {
		return admin().post(path, Map.of("principalId", this.principalId, "action", "write", "object",
				Map.of("tenantId", this.tenantId, "type", "entity:meter", "id", this.meter), "context", context,
				"consistencyToken", this.token.encode())).json();
	}

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN).header(ConsistencyToken.HEADER, this.token.encode());
	}

	private String created(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		this.token = this.token.merge(ConsistencyToken.parse(response.header(ConsistencyToken.HEADER)));
		return response.json().get("id").asString();
	}

	private static String code(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		return response.json().get("code").asString();
	}

}
