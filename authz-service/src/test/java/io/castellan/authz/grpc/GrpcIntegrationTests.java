package io.castellan.authz.grpc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.google.common.util.concurrent.ListenableFuture;

import io.castellan.authz.grpc.v1.AuthzGrpc;
import io.castellan.authz.grpc.v1.BulkCheckRequest;
import io.castellan.authz.grpc.v1.BulkCheckResponse;
import io.castellan.authz.grpc.v1.CheckItem;
import io.castellan.authz.grpc.v1.CheckRequest;
import io.castellan.authz.grpc.v1.CheckResponse;
import io.castellan.authz.grpc.v1.ExplainResponse;
import io.castellan.authz.grpc.v1.ListObjectsRequest;
import io.castellan.authz.grpc.v1.ListObjectsResponse;
import io.castellan.authz.grpc.v1.ListSubjectsRequest;
import io.castellan.authz.grpc.v1.ListedObject;
import io.castellan.authz.grpc.v1.ListedSubject;
import io.castellan.authz.grpc.v1.ObjectRef;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.grpc.server.lifecycle.GrpcServerLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The gRPC API against the real service, through a real grpc-java client: decisions with reasons, bulk checks,
 * explanations, complete paged listings, read-your-writes with a REST write's consistency token, and the same
 * refusals as REST (no token, a forged one, asking about others without {@code authz.check}).
 */
@CastellanIntegrationTest
class GrpcIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	GrpcServerLifecycle grpcServer;

	@Autowired
	EventPublisher publisher;

	private TestGrpc grpc;

	private String tenantId;

	private String alice;

	private String bob;

	private String auditor;

	private final List<String> docs = new ArrayList<>();

	private ConsistencyToken token;

	/** Alice reads every doc of the tenant; bob holds nothing; the auditor holds authz.check in the tenant. */
	@BeforeEach
	void tenantWithReadersAndAnAuditor() {
		this.grpc = TestGrpc.at(this.grpcServer.getPort());
		this.tenantId = UUID.randomUUID().toString();
		this.alice = "alice-" + UUID.randomUUID();
		this.bob = "bob-" + UUID.randomUUID();
		this.auditor = "auditor-" + UUID.randomUUID();
		this.token = TestEvents.publish(this.publisher, new TenantCreated(this.tenantId, "T",
				"t" + this.tenantId.substring(0, 8), "active", "admin", Instant.now()));
		for (String principal : List.of(this.alice, this.bob, this.auditor)) {
			this.token = this.token.merge(TestEvents.publish(this.publisher,
					new PrincipalRegistered(principal, this.tenantId, "human", principal, null, "active", Instant.now())));
		}
		for (int i = 0; i < 5; i++) {
			this.docs.add(created(rest().post("/api/authz/objects",
					Map.of("id", "doc-" + UUID.randomUUID(), "tenantId", this.tenantId, "type", "resource:doc"))));
		}
		assign(this.alice, role("reader", "read", Map.of("mode", "object_type", "objectType", "resource:doc")));
		assign(this.auditor, role("auditor", "authz.check", Map.of("mode", "tenant")));
	}

	@AfterEach
	void closeChannel() throws InterruptedException {
		this.grpc.close();
	}

	@Test
	void checkWhenGrantedThenAllowedWithTheDecidingRoleAndWhenNotThenDeniedWithReason() {
		CheckResponse allowed = admin().check(question(this.alice, "read", this.docs.get(0)));
		assertThat(allowed.getAllowed()).isTrue();
		assertThat(allowed.getReason()).isEqualTo("allowed");
		assertThat(allowed.getMatch().getRoleName()).isEqualTo("reader");
		assertThat(allowed.getMatch().getBlockIndex()).isZero();

		CheckResponse denied = admin().check(question(this.bob, "read", this.docs.get(0)));
		assertThat(denied.getAllowed()).isFalse();
		assertThat(denied.getReason()).isEqualTo("no_matching_grant");
		assertThat(denied.hasMatch()).isFalse();
		assertThat(admin().check(question(this.alice, "write", this.docs.get(0))).getReason())
			.isEqualTo("no_matching_grant");
	}

	@Test
	void bulkCheckWhenAThousandQuestionsThenAnsweredInOrderAndMoreRefused() {
		BulkCheckRequest.Builder bulk = BulkCheckRequest.newBuilder().setConsistencyToken(this.token.encode());
		for (int i = 0; i < AuthzService.MAX_BULK_ITEMS; i++) {
			bulk.addItems(CheckItem.newBuilder()
				.setPrincipalId((i % 2 == 0) ? this.alice : this.bob)
				.setAction("read")
				.setObject(ObjectRef.newBuilder().setId(this.docs.get(i % this.docs.size()))));
		}
		BulkCheckResponse answers = admin().bulkCheck(bulk.build());
		assertThat(answers.getResultsCount()).isEqualTo(AuthzService.MAX_BULK_ITEMS);
		for (int i = 0; i < answers.getResultsCount(); i++) {
			assertThat(answers.getResults(i).getAllowed()).as("item %d", i).isEqualTo(i % 2 == 0);
		}

		StatusRuntimeException tooMany = catchThrowableOfType(StatusRuntimeException.class,
				() -> admin().bulkCheck(bulk.addItems(bulk.getItems(0)).build()));
		assertThat(tooMany.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
		assertThat(TestGrpc.problemCode(tooMany)).isEqualTo("validation_failed");
	}

	@Test
	void explainWhenAllowedThenTheMatchingBlockAndWhenDeniedThenWhyEachCandidateWasSkipped() {
		ExplainResponse allowed = admin().explain(question(this.alice, "read", this.docs.get(0)));
		assertThat(allowed.getDecision().getAllowed()).isTrue();
		assertThat(allowed.getCandidatesList()).anySatisfy((candidate) -> {
			assertThat(candidate.getRoleName()).isEqualTo("reader");
			assertThat(candidate.getOutcome()).isEqualTo("allowed");
		});
		ExplainResponse denied = admin().explain(question(this.alice, "write", this.docs.get(0)));
		assertThat(denied.getDecision().getReason()).isEqualTo("no_matching_grant");
		assertThat(denied.getCandidatesList()).extracting((candidate) -> candidate.getOutcome())
			.containsExactly("skipped_action");
	}

	/**
	 * A check runs on the transport's event loop; one whose token is ahead of the index must wait elsewhere, so
	 * that checks on the same connection are answered meanwhile, and it answers once the index reaches its token.
	 */
	@Test
	void checkWhenTokenAheadOfTheIndexThenWaitsOffTheEventLoopAndReflectsTheWriteThatReachesIt() throws Exception {
		String writer = role("writer", "write", Map.of("mode", "object_type", "objectType", "resource:doc"));
		Map<ConsistencyToken.Partition, Long> ahead = new HashMap<>();
		this.token.offsets().forEach((partition, offset) -> {
			if (partition.topic().equals("castellan.authz.events.v1")) {
				ahead.put(partition, offset + 1);
			}
		});
		assertThat(ahead).hasSize(1);
		ListenableFuture<CheckResponse> waiting = this.grpc.asyncAs(ADMIN)
			.check(CheckRequest.newBuilder(question(this.bob, "write", this.docs.get(2)))
				.setConsistencyToken(ConsistencyToken.of(ahead).encode())
				.build());

		assertThat(admin().check(question(this.alice, "read", this.docs.get(2))).getAllowed()).isTrue();
		assertThat(waiting).isNotDone();

		// The next write of this tenant lands on the same partition, at the offset the token names.
		assign(this.bob, writer);
		CheckResponse answer = waiting.get(30, TimeUnit.SECONDS);
		assertThat(answer.getAllowed()).isTrue();
		assertThat(answer.getMatch().getRoleName()).isEqualTo("writer");
	}

	@Test
	void listObjectsWhenPagedThenEveryObjectOnceInIdOrderAndSubjectsListed() {
		List<String> listed = new ArrayList<>();
		String after = "";
		int pages = 0;
		do {
			ListObjectsResponse page = admin().listObjects(ListObjectsRequest.newBuilder()
				.setPrincipalId(this.alice)
				.setAction("read")
				.setTenantId(this.tenantId)
				.setLimit(2)
				.setAfter(after)
				.setConsistencyToken(this.token.encode())
				.build());
			page.getItemsList().stream().map(ListedObject::getId).forEach(listed::add);
			after = page.getNext();
			pages++;
		}
		while (!after.isEmpty() && pages < 10);
		assertThat(listed).containsExactlyElementsOf(this.docs.stream().sorted().toList());
		assertThat(pages).isEqualTo(3);

		assertThat(admin().listSubjects(ListSubjectsRequest.newBuilder()
			.setAction("read")
			.setObject(ObjectRef.newBuilder().setId(this.docs.get(0)))
			.setConsistencyToken(this.token.encode())
			.build()).getItemsList()).extracting(ListedSubject::getPrincipalId).containsExactly(this.alice);
	}

	@Test
	void checkWhenGivenTheTokenOfAWriteJustMadeThenItReflectsThatWrite() {
		String roleId = role("writer", "write", Map.of("mode", "object_type", "objectType", "resource:doc"));
		TestHttp.Response assigned = rest().post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", roleId, "principalId", this.bob));
		assertThat(assigned.status()).isEqualTo(201);
		String writeToken = assigned.header(ConsistencyToken.HEADER);

		CheckResponse answer = admin().check(CheckRequest.newBuilder(question(this.bob, "write", this.docs.get(1)))
			.setConsistencyToken(writeToken)
			.build());
		assertThat(answer.getAllowed()).isTrue();
		assertThat(answer.getMatch().getRoleName()).isEqualTo("writer");

		StatusRuntimeException garbled = catchThrowableOfType(StatusRuntimeException.class,
				() -> admin().check(CheckRequest.newBuilder(question(this.bob, "write", this.docs.get(1)))
					.setConsistencyToken("not-a-token")
					.build()));
		assertThat(garbled.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
		assertThat(TestGrpc.problemCode(garbled)).isEqualTo("consistency_token_invalid");
	}

	@Test
	void callWhenTokenMissingForgedOrExpiredThenUnauthenticated() {
		CheckRequest question = question(this.alice, "read", this.docs.get(0));
		Map<String, String> expected = new HashMap<>();
		expected.put("none", "token_missing");
		expected.put(TestTokens.forged("admin"), "token_invalid");
		expected.put(TestTokens.expired("admin"), "token_invalid");
		expected.forEach((bearer, code) -> {
			StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
					() -> this.grpc.as("none".equals(bearer) ? null : bearer).check(question));
			assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
			assertThat(TestGrpc.problemCode(refused)).isEqualTo(code);
			assertThat(refused.getStatus().getDescription()).startsWith(code + ": ");
		});
	}

	@Test
	void checkWhenAskingAboutOthersThenNeedsAuthzCheckInTheObjectsTenantAboutItselfNot() {
		CheckRequest aboutAlice = question(this.alice, "read", this.docs.get(0));
		StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
				() -> this.grpc.as(TestTokens.bearer(this.bob)).check(aboutAlice));
		assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
		assertThat(TestGrpc.problemCode(refused)).isEqualTo("check_not_permitted");
		StatusRuntimeException listing = catchThrowableOfType(StatusRuntimeException.class,
				() -> this.grpc.as(TestTokens.bearer(this.bob))
					.listSubjects(ListSubjectsRequest.newBuilder()
						.setAction("read")
						.setObject(ObjectRef.newBuilder().setId(this.docs.get(0)))
						.setConsistencyToken(this.token.encode())
						.build()));
		assertThat(TestGrpc.problemCode(listing)).isEqualTo("check_not_permitted");

		assertThat(this.grpc.as(TestTokens.bearer(this.alice)).check(aboutAlice).getAllowed()).isTrue();
		assertThat(this.grpc.as(TestTokens.bearer(this.auditor)).check(aboutAlice).getAllowed()).isTrue();
	}

	private CheckRequest question(String principalId, String action, String objectId) {
		return CheckRequest.newBuilder()
			.setPrincipalId(principalId)
			.setAction(action)
			.setObject(ObjectRef.newBuilder().setId(objectId))
			.setConsistencyToken(this.token.encode())
			.build();
	}

	private AuthzGrpc.AuthzBlockingStub admin() {
		return this.grpc.as(ADMIN);
	}

	private String role(String name, String action, Map<String, Object> scope) {
		return created(rest().post("/api/authz/roles", Map.of("tenantId", this.tenantId, "name", name, "blocks",
				List.of(Map.of("effect", "allow", "actions", List.of(action), "scope", scope)))));
	}

	private void assign(String principalId, String roleId) {
		created(rest().post("/api/authz/role-assignments",
				Map.of("tenantId", this.tenantId, "roleId", roleId, "principalId", principalId)));
	}

	private TestHttp rest() {
		return TestHttp.at(this.port).as(ADMIN).header(ConsistencyToken.HEADER, this.token.encode());
	}

	private String created(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		this.token = this.token.merge(ConsistencyToken.parse(response.header(ConsistencyToken.HEADER)));
		return response.json().get("id").asString();
	}

}
