package io.castellan.authz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

/** Listing objects and subjects over REST: pages, denies on ancestor groups, tokens and who may ask. */
@CastellanIntegrationTest
class ListingIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	private String tenantId;

	private String alice;

	private String bob;

	private ConsistencyToken token;

	private final List<String> open = new ArrayList<>();

	private final List<String> hidden = new ArrayList<>();

	/**
	 * fleet > restricted > cellar; five meters in fleet, two in cellar; alice reads the tenant but is denied
	 * everything under restricted, an ancestor of the cellar.
	 */
	@BeforeEach
	void fleetWithARestrictedCorner() {
		this.tenantId = UUID.randomUUID().toString();
		this.alice = "alice-" + UUID.randomUUID();
		this.bob = "bob-" + UUID.randomUUID();
		this.token = TestEvents.publish(this.publisher, new TenantCreated(this.tenantId, "T",
				"t" + this.tenantId.substring(0, 8), "active", "admin", Instant.now()));
		for (String principal : List.of(this.alice, this.bob)) {
			this.token = this.token.merge(TestEvents.publish(this.publisher,
					new PrincipalRegistered(principal, this.tenantId, "human", principal, null, "active", Instant.now())));
		}
		String fleet = created(admin().post("/api/authz/object-groups", Map.of("tenantId", this.tenantId, "name",
				"fleet")));
		String restricted = created(admin().post("/api/authz/object-groups", Map.of("tenantId", this.tenantId, "name",
				"restricted", "parentGroupId", fleet)));
		for (int i = 0; i < 5; i++) {
			this.open.add(meter(fleet));
		}
		String cellar = created(admin().post("/api/authz/object-groups", Map.of("tenantId", this.tenantId, "name",
				"cellar", "parentGroupId", restricted)));
		for (int i = 0; i < 2; i++) {
			this.hidden.add(meter(cellar));
		}
		String roleId = created(admin().post("/api/authz/roles", Map.of("tenantId", this.tenantId, "name", "reader",
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of("read"), "scope", Map.of("mode", "tenant")),
						Map.of("effect", "deny", "actions", List.of("read"), "scope",
								Map.of("mode", "group_descendant_objects", "groupId", restricted))))));
		created(admin().post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", roleId, "principalId", this.alice)));
	}

	@Test
	void listObjectsWhenPagedThenAllOpenObjectsInOrderAndNoneUnderTheDeniedGroup() {
		List<String> listed = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			Map<String, Object> body = new HashMap<>(Map.of("principalId", this.alice, "action", "read", "tenantId",
					this.tenantId, "limit", 2, "consistencyToken", this.token.encode()));
			if (after != null) {
				body.put("after", after);
			}
			JsonNode page = admin().post("/api/authz/check/objects", body).json();
			page.get("items").forEach((item) -> listed.add(item.get("id").asString()));
			after = page.has("next") ? page.get("next").asString() : null;
			pages++;
		}
		while (after != null && pages < 10);

		assertThat(listed).containsExactlyElementsOf(this.open.stream().sorted().toList());
		assertThat(pages).isBetween(3, 4);
	}

	@Test
	void listSubjectsWhenObjectOpenOrDeniedThenOnlyWhoMayActually() {
		assertThat(subjects(this.open.get(0))).containsExactly(this.alice);
		assertThat(subjects(this.hidden.get(0))).isEmpty();
	}

	@Test
	void listWhenCallerAsksAboutItselfThenAnsweredAboutOthersForbiddenAndBadLimitRejected() {
		TestHttp asBob = TestHttp.at(this.port).as(TestTokens.bearer(this.bob));
		TestHttp.Response own = asBob.post("/api/authz/check/objects", Map.of("principalId", this.bob, "action", "read",
				"tenantId", this.tenantId, "consistencyToken", this.token.encode()));
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.json().get("items")).isEmpty();

		TestHttp.Response others = asBob.post("/api/authz/check/objects", Map.of("principalId", this.alice, "action",
				"read", "tenantId", this.tenantId, "consistencyToken", this.token.encode()));
		assertThat(others.status()).isEqualTo(403);
		assertThat(others.json().get("code").asString()).isEqualTo("check_not_permitted");
		TestHttp.Response subjects = asBob.post("/api/authz/check/subjects", Map.of("action", "read", "object",
				Map.of("id", this.open.get(0)), "consistencyToken", this.token.encode()));
		assertThat(subjects.status()).isEqualTo(403);

		assertThat(admin().post("/api/authz/check/objects", Map.of("principalId", this.alice, "action", "read",
				"tenantId", this.tenantId, "limit", 0)).json().get("code").asString()).isEqualTo("limit_invalid");
	}

	private List<String> subjects(String objectId) {
		JsonNode page = admin().post("/api/authz/check/subjects", Map.of("action", "read", "object",
				Map.of("id", objectId), "consistencyToken", this.token.encode())).json();
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("principalId").asString()));
		return ids;
	}

	private String meter(String groupId) {
		return created(admin().post("/api/authz/objects", Map.of("tenantId", this.tenantId, "type", "entity:meter",
				"groupId", groupId)));
	}

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN).header(ConsistencyToken.HEADER, this.token.encode());
	}

	private String created(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		this.token = this.token.merge(ConsistencyToken.parse(response.header(ConsistencyToken.HEADER)));
		return response.json().get("id").asString();
	}

}
