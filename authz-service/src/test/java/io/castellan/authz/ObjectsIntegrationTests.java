package io.castellan.authz;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Objects and object groups through the API: nesting rules, tenant isolation, publishing and checks by id. */
@CastellanIntegrationTest
class ObjectsIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	private String tenantId;

	private String principalId;

	private ConsistencyToken token;

	@BeforeEach
	void tenantWithAPrincipal() {
		this.tenantId = UUID.randomUUID().toString();
		this.principalId = UUID.randomUUID().toString();
		this.token = tenant(this.tenantId).merge(TestEvents.publish(this.publisher,
				new PrincipalRegistered(this.principalId, this.tenantId, "human", "alice", null, "active", Instant.now())));
	}

	@Test
	void checkByIdWhenRoleCoversAnAncestorGroupThenAllowedAndTheObjectIsPublished() {
		String fleet = group(this.tenantId, "fleet", null);
		String north = group(this.tenantId, "north", fleet);
		String meter = object(this.tenantId, "entity:meter", north, Map.of("site", "north"));
		String loose = object(this.tenantId, "entity:meter", null, Map.of());
		String roleId = created(admin().post("/api/authz/roles", Map.of("tenantId", this.tenantId, "name", "fleet",
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of("read"), "scope",
						Map.of("mode", "group_descendant_objects", "groupId", fleet))))));
		assign(roleId);

		assertThat(check(meter).get("allowed").asBoolean()).isTrue();
		assertThat(check(loose).get("reason").asString()).isEqualTo("no_matching_grant");
		assertThat(TestKafka.records(EventTypes.AUTHZ_TOPIC)).anyMatch((record) -> meter.equals(
				TestKafka.header(record, CloudEventHeaders.SUBJECT))
				&& ObjectRegistered.TYPE.equals(TestKafka.header(record, CloudEventHeaders.TYPE))
				&& this.tenantId.equals(record.key()));
		JsonNode read = admin().header(ConsistencyToken.HEADER, this.token.encode())
			.get("/api/authz/objects/" + meter)
			.json();
		assertThat(read.get("groupId").asString()).isEqualTo(north);
		assertThat(read.get("attributes").get("site").asString()).isEqualTo("north");
		assertThat(admin().get("/api/authz/object-groups/" + north).json().get("ancestors").get(0).asString())
			.isEqualTo(fleet);
	}

	@Test
	void moveGroupWhenIntoItselfOrItsDescendantThenCycleRefusedAndNothingStored() {
		String fleet = group(this.tenantId, "fleet", null);
		String north = group(this.tenantId, "north", fleet);
		String pole = group(this.tenantId, "pole", north);
		long before = countEvents();

		for (String parent : List.of(fleet, pole)) {
			TestHttp.Response moved = verbs().put("/api/authz/object-groups/" + fleet + "/parent",
					Map.of("parentGroupId", parent));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(422);
			assertThat(moved.json().get("code").asString()).isEqualTo("object_group_cycle");
		}
		assertThat(countEvents()).isEqualTo(before);

		TestHttp.Response lifted = verbs().put("/api/authz/object-groups/" + pole + "/parent",
				new HashMap<>(Map.of()));
		assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
		remember(lifted);
		assertThat(admin().header(ConsistencyToken.HEADER, this.token.encode())
			.get("/api/authz/object-groups/" + pole)
			.json()
			.get("ancestors")).isEmpty();
		assertThat(verbs().put("/api/authz/object-groups/" + fleet + "/parent", Map.of("parentGroupId", pole))
			.status()).isEqualTo(200);
	}

	@Test
	void writesWhenGroupOfAnotherTenantThenUnprocessable() {
		String other = UUID.randomUUID().toString();
		this.token = this.token.merge(tenant(other));
		String foreign = group(other, "elsewhere", null);

		assertThat(code(admin().post("/api/authz/objects", Map.of("tenantId", this.tenantId, "type", "entity:device",
				"groupId", foreign)))).isEqualTo("object_group_tenant_mismatch");
		assertThat(code(admin().post("/api/authz/object-groups", Map.of("tenantId", this.tenantId, "name", "x",
				"parentGroupId", foreign)))).isEqualTo("parent_group_tenant_mismatch");
		assertThat(code(admin().post("/api/authz/roles", Map.of("tenantId", this.tenantId, "name", "sneaky", "blocks",
				List.of(Map.of("effect", "allow", "actions", List.of("read"), "scope",
						Map.of("mode", "group", "groupId", foreign)))))))
			.isEqualTo("object_group_tenant_mismatch");
		String mine = object(this.tenantId, "entity:device", null, Map.of());
		assertThat(code(verbs().put("/api/authz/objects/" + mine + "/group", Map.of("groupId", foreign))))
			.isEqualTo("object_group_tenant_mismatch");
		assertThat(code(admin().post("/api/authz/objects", Map.of("tenantId", this.tenantId, "type", "entity:device",
				"groupId", "no-such-group")))).isEqualTo("object_group_not_found");
	}

	@Test
	void removeGroupWhenItHoldsSomethingThenConflictUntilEmptied() {
		String fleet = group(this.tenantId, "fleet", null);
		String meter = object(this.tenantId, "entity:meter", fleet, Map.of());

		TestHttp.Response refused = verbs().delete("/api/authz/object-groups/" + fleet);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("object_group_not_empty");

		remember(verbs().put("/api/authz/objects/" + meter + "/group", new HashMap<>(Map.of())));
		TestHttp.Response removed = verbs().delete("/api/authz/object-groups/" + fleet);
		assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
		remember(removed);
		assertThat(admin().header(ConsistencyToken.HEADER, this.token.encode())
			.get("/api/authz/object-groups/" + fleet)
			.status()).isEqualTo(404);
		assertThat(verbs().delete("/api/authz/object-groups/" + fleet).status()).isEqualTo(404);
	}

	@Test
	void objectLifecycleWhenUpdatedAndRemovedThenReadsFollowAndIdsStayTaken() {
		String meter = object(this.tenantId, "entity:meter", null, Map.of("level", 1));
		remember(verbs().put("/api/authz/objects/" + meter + "/attributes", Map.of("attributes", Map.of("level", 5))));
		assertThat(admin().header(ConsistencyToken.HEADER, this.token.encode())
			.get("/api/authz/objects/" + meter)
			.json()
			.get("attributes")
			.get("level")
			.asInt()).isEqualTo(5);

		remember(verbs().delete("/api/authz/objects/" + meter));
		assertThat(admin().header(ConsistencyToken.HEADER, this.token.encode()).get("/api/authz/objects/" + meter)
			.status()).isEqualTo(404);
		assertThat(verbs().put("/api/authz/objects/" + meter + "/attributes", Map.of("attributes", Map.of()))
			.status()).isEqualTo(404);
		assertThat(code(admin().post("/api/authz/objects", Map.of("id", meter, "tenantId", this.tenantId, "type",
				"entity:meter")))).isEqualTo("object_id_taken");
		assertThat(code(admin().post("/api/authz/object-groups", Map.of("id", meter, "tenantId", this.tenantId,
				"name", "clash")))).isEqualTo("object_id_taken");
	}

	@Test
	void writesWhenBadInputOrNotAdminThenProblem() {
		assertThat(code(admin().post("/api/authz/objects", Map.of("tenantId", this.tenantId, "type", "device"))))
			.isEqualTo("validation_failed");
		assertThat(code(admin().post("/api/authz/objects", Map.of("id", "a/b", "tenantId", this.tenantId, "type",
				"entity:device")))).isEqualTo("validation_failed");
		TestHttp stranger = TestHttp.at(this.port).as(TestTokens.bearer("mallory"));
		assertThat(code(stranger.post("/api/authz/objects", Map.of("tenantId", this.tenantId, "type",
				"entity:device")))).isEqualTo("platform_admin_required");
		assertThat(code(stranger.post("/api/authz/object-groups", Map.of("tenantId", this.tenantId, "name", "g"))))
			.isEqualTo("platform_admin_required");
	}

	@Test
	void checkAboutOthersWhenObjectRegisteredElsewhereThenTheRegistryTenantDecidesWhoMayAsk() {
		String other = UUID.randomUUID().toString();
		this.token = this.token.merge(tenant(other));
		String foreignObject = object(other, "entity:device", null, Map.of());
		String checker = created(admin().post("/api/authz/roles", Map.of("tenantId", this.tenantId, "name", "checker",
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of("authz.check"), "scope",
						Map.of("mode", "tenant"))))));
		assign(checker);
		TestHttp asPrincipal = TestHttp.at(this.port).as(TestTokens.bearer(this.principalId));

		TestHttp.Response claimed = asPrincipal.post("/api/authz/check", Map.of("principalId", "someone", "action",
				"read", "object", Map.of("tenantId", this.tenantId, "id", foreignObject), "consistencyToken",
				this.token.encode()));

		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(403);
		assertThat(claimed.json().get("code").asString()).isEqualTo("check_not_permitted");
		TestHttp.Response own = asPrincipal.post("/api/authz/check", Map.of("principalId", this.principalId, "action",
				"read", "object", Map.of("id", foreignObject), "consistencyToken", this.token.encode()));
		assertThat(own.json().get("reason").asString()).isEqualTo("no_matching_grant");
	}

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN).header(ConsistencyToken.HEADER, this.token.encode());
	}

	private TestVerbs verbs() {
		return new TestVerbs(this.port, ADMIN, Map.of(ConsistencyToken.HEADER, this.token.encode()));
	}

	private ConsistencyToken tenant(String id) {
		return TestEvents.publish(this.publisher,
				new TenantCreated(id, "T", "t" + id.substring(0, 8), "active", "admin", Instant.now()));
	}

	private String group(String tenant, String name, String parent) {
		Map<String, Object> body = new HashMap<>(Map.of("tenantId", tenant, "name", name));
		if (parent != null) {
			body.put("parentGroupId", parent);
		}
		return created(admin().post("/api/authz/object-groups", body));
	}

	private String object(String tenant, String type, String groupId, Map<String, Object> attributes) {
		Map<String, Object> body = new HashMap<>(Map.of("tenantId", tenant, "type", type, "attributes", attributes));
		if (groupId != null) {
			body.put("groupId", groupId);
		}
		return created(admin().post("/api/authz/objects", body));
	}

	private void assign(String roleId) {
		created(admin().post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", roleId, "principalId", this.principalId)));
	}

	private JsonNode check(String objectId) {
		return admin().post("/api/authz/check", Map.of("principalId", this.principalId, "action", "read", "object",
				Map.of("id", objectId), "consistencyToken", this.token.encode())).json();
	}

	private String created(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		remember(response);
		return response.json().get("id").asString();
	}

	private void remember(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		this.token = this.token.merge(ConsistencyToken.parse(response.header(ConsistencyToken.HEADER)));
	}

	private static String code(TestHttp.Response response) {
		return response.json().get("code").asString();
	}

	private long countEvents() {
		return this.jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

}
