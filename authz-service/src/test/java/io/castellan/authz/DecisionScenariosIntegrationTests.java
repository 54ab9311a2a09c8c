package io.castellan.authz;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.castellan.authz.grpc.GrpcJson;
import io.castellan.authz.index.DecisionScenario;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision scenarios of {@code DecisionScenariosTests}, run against the real service: tenants and principals
 * arrive as tenant-service and identity-service publish them; groups, objects, roles, assignments and policies
 * through the API; every check and listing over REST and over gRPC (the same JSON bodies as proto3 JSON, through
 * {@link GrpcJson}) with the consistency token of all those writes. Ids are made
 * unique per run; writes the scenario expects to be rejected must answer with the code and store nothing.
 */
@CastellanIntegrationTest
class DecisionScenariosIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	private static final int PAGE = 2;

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GrpcServerLifecycle grpcServer;

	private GrpcJson grpc;

	@BeforeEach
	void openGrpcChannel() {
		this.grpc = GrpcJson.at(this.grpcServer.getPort(), ADMIN);
	}

	@AfterEach
	void closeGrpcChannel() throws InterruptedException {
		this.grpc.close();
	}

	static Stream<Path> scenarios() throws IOException {
		return DecisionScenario.files();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void checksOverRestAndGrpcAnswerAsTheScenarioExpects(Path file) {
		new Run(file, DecisionScenario.read(file)).play();
	}

	/** One scenario played against the service. */
	private final class Run {

		private final Path file;

		private final DecisionScenario scenario;

		private final String run = UUID.randomUUID().toString().substring(0, 8) + "-";

		private final Map<String, String> groupIds = new HashMap<>();

		private final Map<String, String> roleIds = new HashMap<>();

		private ConsistencyToken token = ConsistencyToken.empty();

		Run(Path file, DecisionScenario scenario) {
			this.file = file;
			this.scenario = scenario;
		}

		void play() {
			publishTenantsAndPrincipals();
			for (String group : byDepth(this.scenario.groups())) {
				DecisionScenario.Group spec = this.scenario.groups().get(group);
				Map<String, Object> body = new HashMap<>(Map.of("tenantId", tenant(spec.tenant()), "name", group));
				if (spec.parent() != null) {
					body.put("parentGroupId", this.groupIds.get(spec.parent()));
				}
				this.groupIds.put(group, created(admin().post("/api/authz/principal-groups", body)));
			}
			this.scenario.members().stream().filter((member) -> !member.rejected()).forEach(this::addMember);
			createObjects();
			this.scenario.roles().forEach((key, role) -> this.roleIds.put(key, created(admin().post("/api/authz/roles",
					Map.of("tenantId", tenant(role.tenant()), "name",
							((role.name() != null) ? role.name() : key) + " " + this.run, "blocks",
							role.blocks().stream().map(this::block).toList())))));
			this.scenario.assignments().forEach(this::assign);
			this.scenario.members().stream().filter(DecisionScenario.Member::rejected).forEach(this::addMember);
			for (DecisionScenario.Policy policy : this.scenario.policies()) {
				Map<String, Object> body = new HashMap<>(Map.of("tenantId", tenant(policy.tenant()), "block",
						block(policy.block())));
				subject(body, policy.principal(), policy.group());
				created(admin().post("/api/authz/policies", body));
			}
			this.scenario.checks().forEach(this::check);
			this.scenario.lists().forEach(this::listObjects);
			this.scenario.subjects().forEach(this::listSubjects);
		}

		private void publishTenantsAndPrincipals() {
			for (Map.Entry<String, String> tenant : this.scenario.tenants().entrySet()) {
				this.token = this.token.merge(publish(new TenantCreated(tenant(tenant.getKey()), tenant.getKey(),
						"t" + UUID.randomUUID().toString().substring(0, 8), tenant.getValue(), "test", Instant.now())));
			}
			this.scenario.principals()
				.forEach((id, principal) -> this.token = this.token.merge(publish(new PrincipalRegistered(this.run + id,
						tenant(principal.tenant()), principal.kind(), id, null, "active", Instant.now(), null,
						principal.attributes()))));
		}

		private void createObjects() {
			for (String group : byDepth(this.scenario.objectGroups())) {
				DecisionScenario.Group spec = this.scenario.objectGroups().get(group);
				Map<String, Object> body = new HashMap<>(Map.of("id", this.run + group, "tenantId",
						tenant(spec.tenant()), "name", group));
				if (spec.parent() != null) {
					body.put("parentGroupId", this.run + spec.parent());
				}
				created(admin().post("/api/authz/object-groups", body));
			}
			this.scenario.objects().forEach((id, object) -> {
				Map<String, Object> body = new HashMap<>(Map.of("id", this.run + id, "tenantId",
						tenant(object.tenant()), "type", object.type()));
				if (object.group() != null) {
					body.put("groupId", this.run + object.group());
				}
				if (object.attributes() != null) {
					body.put("attributes", object.attributes());
				}
				created(admin().post("/api/authz/objects", body));
			});
		}

		private void addMember(DecisionScenario.Member member) {
			write(member.expect(), member.code(), () -> admin().post("/api/authz/principal-groups/"
					+ this.groupIds.get(member.group()) + "/members", Map.of("principalId", this.run + member.principal())));
		}

		private void assign(DecisionScenario.Assignment assignment) {
			Map<String, Object> body = new HashMap<>(Map.of("tenantId",
					tenant(this.scenario.roles().get(assignment.role()).tenant()), "roleId",
					this.roleIds.get(assignment.role())));
			subject(body, assignment.principal(), assignment.group());
			write(assignment.expect(), assignment.code(), () -> admin().post("/api/authz/role-assignments", body));
		}

		/** A write that must succeed, or be refused with the expected code and leave the event store as it was. */
		private void write(String expect, String code, java.util.function.Supplier<TestHttp.Response> send) {
			if (!"rejected".equals(expect)) {
				created(send.get());
				return;
			}
			long before = countEvents();
			TestHttp.Response refused = send.get();
			assertThat(refused.status()).as("%s: %s", this.file.getFileName(), refused).isEqualTo(422);
			assertThat(refused.json().get("code").asString()).isEqualTo(code);
			assertThat(countEvents()).as("%s: nothing stored", this.file.getFileName()).isEqualTo(before);
		}

		private void check(DecisionScenario.Check check) {
			Map<String, Object> body = new HashMap<>(Map.of("principalId", this.run + check.principal(), "action",
					check.action(), "object", object(check.object()), "consistencyToken", this.token.encode()));
			if (check.context() != null) {
				body.put("context", check.context());
			}
			for (Map.Entry<String, Transport> transport : transports().entrySet()) {
				JsonNode decision = transport.getValue().post("/api/authz/check", body);
				assertThat(decision.get("allowed").asBoolean())
					.as("%s over %s: %s -> %s", this.file.getFileName(), transport.getKey(), check, decision)
					.isEqualTo(check.expect().equals("allowed"));
				if (check.reason() != null) {
					assertThat(decision.get("reason").asString())
						.as("%s over %s: %s", this.file.getFileName(), transport.getKey(), check)
						.isEqualTo(check.reason());
				}
			}
		}

		private void listObjects(DecisionScenario.ObjectListing listing) {
			Map<String, Object> body = new HashMap<>(Map.of("principalId", this.run + listing.principal(), "action",
					listing.action(), "tenantId", tenant(listing.tenant())));
			if (listing.type() != null) {
				body.put("type", listing.type());
			}
			if (listing.context() != null) {
				body.put("context", listing.context());
			}
			transports().forEach((name, transport) -> assertThat(allPages(transport, "/api/authz/check/objects", body, "id"))
				.as("%s over %s: %s", this.file.getFileName(), name, listing)
				.containsExactlyElementsOf(listing.expect()));
		}

		private void listSubjects(DecisionScenario.SubjectListing listing) {
			Map<String, Object> body = new HashMap<>(Map.of("action", listing.action(), "object",
					object(listing.object())));
			if (listing.context() != null) {
				body.put("context", listing.context());
			}
			transports().forEach((name, transport) -> assertThat(
					allPages(transport, "/api/authz/check/subjects", body, "principalId"))
				.as("%s over %s: %s", this.file.getFileName(), name, listing)
				.containsExactlyElementsOf(listing.expect()));
		}

		/** Follows the {@code next} cursors to the end; answers the scenario ids, the run prefix taken off. */
		private List<String> allPages(Transport transport, String path, Map<String, Object> query, String field) {
			List<String> ids = new ArrayList<>();
			String after = null;
			do {
				Map<String, Object> body = new HashMap<>(query);
				body.put("limit", PAGE);
				body.put("consistencyToken", this.token.encode());
				if (after != null) {
					body.put("after", after);
				}
				JsonNode page = transport.post(path, body);
				page.get("items").forEach((item) -> ids.add(item.get(field).asString().substring(this.run.length())));
				after = page.has("next") ? page.get("next").asString() : null;
			}
			while (after != null);
			return ids;
		}

		private Map<String, Object> object(DecisionScenario.Target target) {
			Map<String, Object> object = new HashMap<>();
			if (target.tenant() != null) {
				object.put("tenantId", tenant(target.tenant()));
			}
			if (target.type() != null) {
				object.put("type", target.type());
			}
			if (target.id() != null) {
				object.put("id", objectId(target.id()));
			}
			return object;
		}

		private Map<String, Object> block(PermissionBlock block) {
			Map<String, Object> scope = new HashMap<>(Map.of("mode", block.scope().mode()));
			if (block.scope().objectType() != null) {
				scope.put("objectType", block.scope().objectType());
			}
			if (block.scope().objectId() != null) {
				scope.put("objectId", objectId(block.scope().objectId()));
			}
			if (block.scope().groupId() != null) {
				scope.put("groupId", this.run + block.scope().groupId());
			}
			Map<String, Object> body = new HashMap<>(Map.of("effect", block.effect(), "actions",
					List.copyOf(block.actions()), "scope", scope));
			if (block.conditions() != null) {
				body.put("conditions", block.conditions());
			}
			return body;
		}

		private void subject(Map<String, Object> body, String principal, String group) {
			if (group != null) {
				body.put("groupId", this.groupIds.get(group));
			}
			else {
				body.put("principalId", this.run + principal);
			}
		}

		/** Registered objects and groups get the run's prefix; other ids are only ever named in requests. */
		private String objectId(String id) {
			return this.scenario.namesObject(id) ? this.run + id : id;
		}

		/** Scenario tenants are made unique per run; the platform is the platform. */
		private String tenant(String name) {
			return "platform".equals(name) ? name : this.run + name;
		}

		private List<String> byDepth(Map<String, DecisionScenario.Group> groups) {
			return groups.keySet()
				.stream()
				.sorted(Comparator.comparing((String group) -> DecisionScenario.depth(groups, group)))
				.toList();
		}

		/** The same question over REST and over gRPC. */
		private Map<String, Transport> transports() {
			Map<String, Transport> transports = new java.util.LinkedHashMap<>();
			transports.put("REST", (path, body) -> {
				TestHttp.Response response = admin().post(path, body);
				assertThat(response.status()).as(response.toString()).isEqualTo(200);
				return response.json();
			});
			transports.put("gRPC", DecisionScenariosIntegrationTests.this.grpc::post);
			return transports;
		}

		private TestHttp admin() {
			return TestHttp.at(DecisionScenariosIntegrationTests.this.port).as(ADMIN)
				.header(ConsistencyToken.HEADER, this.token.encode());
		}

		private String created(TestHttp.Response response) {
			assertThat(response.status()).as("%s: %s", this.file.getFileName(), response).isEqualTo(201);
			this.token = this.token.merge(ConsistencyToken.parse(response.header(ConsistencyToken.HEADER)));
			return response.json().has("id") ? response.json().get("id").asString() : null;
		}

	}

	/** Asks a decision read, REST path and JSON body, and answers the JSON answer. */
	private interface Transport {

		JsonNode post(String path, Map<String, Object> body);

	}

	private ConsistencyToken publish(PublishedEvent event) {
		return TestEvents.publish(this.publisher, event);
	}

	private long countEvents() {
		return this.jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

}
