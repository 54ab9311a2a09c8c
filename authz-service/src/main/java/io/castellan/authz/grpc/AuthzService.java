package io.castellan.authz.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

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
import io.castellan.authz.grpc.v1.ListSubjectsResponse;
import io.castellan.authz.grpc.v1.ListedObject;
import io.castellan.authz.grpc.v1.ListedSubject;
import io.castellan.authz.index.ObjectRef;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.authz.index.RegisteredObject;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.CursorPages;
import io.castellan.platform.web.ProblemException;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code castellan.authz.v1.Authz}: checks, bulk checks, explanations and listings answered from the in-memory
 * index exactly as {@code POST /api/authz/check...} answers them, at the request's consistency token and under the
 * same rule of who may ask.
 */
final class AuthzService extends AuthzGrpc.AuthzImplBase {

	static final int MAX_BULK_ITEMS = 1000;

	private static final int DEFAULT_LIMIT = 100;

	private static final Logger logger = LoggerFactory.getLogger(AuthzService.class);

	private final PermissionIndex index;

	private final Askers askers;

	/** Where a call that runs on an event loop ({@link DecisionCallExecutors}) goes when it must wait for a token. */
	private final Executor blocking;

	AuthzService(PermissionIndex index, Askers askers, Executor blocking) {
		this.index = index;
		this.askers = askers;
		this.blocking = blocking;
	}

	@Override
	public void check(CheckRequest request, StreamObserver<CheckResponse> answer) {
		whenReflected(request.getConsistencyToken(), () -> respond(answer, () -> {
			Requests.Question question = Requests.question(request);
			prepare(List.of(question), request.getConsistencyToken());
			return Answers.decision(
					this.index.check(question.principalId(), question.action(), question.object(), question.context()));
		}));
	}

	@Override
	public void bulkCheck(BulkCheckRequest request, StreamObserver<BulkCheckResponse> answer) {
		respond(answer, () -> {
			if (request.getItemsCount() == 0 || request.getItemsCount() > MAX_BULK_ITEMS) {
				throw Requests.invalid("items must hold 1 to " + MAX_BULK_ITEMS + " questions.");
			}
			List<Requests.Question> questions = new ArrayList<>(request.getItemsCount());
			for (CheckItem item : request.getItemsList()) {
				questions.add(Requests.question(item));
			}
			prepare(questions, request.getConsistencyToken());
			BulkCheckResponse.Builder results = BulkCheckResponse.newBuilder();
			for (Requests.Question question : questions) {
				results.addResults(Answers.decision(this.index.check(question.principalId(), question.action(),
						question.object(), question.context())));
			}
			return results.build();
		});
	}

	@Override
	public void explain(CheckRequest request, StreamObserver<ExplainResponse> answer) {
		whenReflected(request.getConsistencyToken(), () -> respond(answer, () -> {
			Requests.Question question = Requests.question(request);
			prepare(List.of(question), request.getConsistencyToken());
			return Answers.explanation(this.index.explain(question.principalId(), question.action(),
					question.object(), question.context()));
		}));
	}

	@Override
	public void listObjects(ListObjectsRequest request, StreamObserver<ListObjectsResponse> answer) {
		respond(answer, () -> {
			String principalId = Requests.required("principal_id", request.getPrincipalId(), 64);
			String action = Requests.required("action", request.getAction(), 64);
			String tenantId = Requests.required("tenant_id", request.getTenantId(), 64);
			String type = Requests.optional("type", request.getType(), 128);
			String after = Requests.optional("after", request.getAfter(), 128);
			int limit = limit(request.getLimit());
			this.askers.await(request.getConsistencyToken());
			this.askers.requireMayAsk(Askers.caller(), principalId, tenantId);
			List<RegisteredObject> objects = this.index.listObjects(principalId, action, tenantId, type,
					request.hasContext() ? Requests.context(request.getContext()) : java.util.Map.of(), after, limit);
			ListObjectsResponse.Builder page = ListObjectsResponse.newBuilder();
			for (RegisteredObject object : objects) {
				ListedObject.Builder item = ListedObject.newBuilder().setId(object.id()).setType(object.type());
				if (object.groupId() != null) {
					item.setGroupId(object.groupId());
				}
				page.addItems(item);
			}
			if (objects.size() == limit) {
				page.setNext(objects.get(objects.size() - 1).id());
			}
			return page.build();
		});
	}

	@Override
	public void listSubjects(ListSubjectsRequest request, StreamObserver<ListSubjectsResponse> answer) {
		respond(answer, () -> {
			String action = Requests.required("action", request.getAction(), 64);
			if (!request.hasObject()) {
				throw Requests.invalid("object is required.");
			}
			ObjectRef object = Requests.object(request.getObject());
			String after = Requests.optional("after", request.getAfter(), 128);
			int limit = limit(request.getLimit());
			this.askers.await(request.getConsistencyToken());
			this.askers.requireMayAsk(Askers.caller(), null, this.index.tenantOf(object));
			List<String> subjects = this.index.listSubjects(action, object,
					request.hasContext() ? Requests.context(request.getContext()) : java.util.Map.of(), after, limit);
			ListSubjectsResponse.Builder page = ListSubjectsResponse.newBuilder();
			subjects.forEach((principalId) -> page.addItems(ListedSubject.newBuilder().setPrincipalId(principalId)));
			if (subjects.size() == limit) {
				page.setNext(subjects.get(subjects.size() - 1));
			}
			return page.build();
		});
	}

	/**
	 * Runs the work here when the tokens are already reflected (the usual case, and always for "latest"); else on
	 * the blocking executor, with the call's context, where {@link #prepare} may wait for them.
	 */
	private void whenReflected(String requestToken, Runnable work) {
		if (this.askers.reflected(requestToken)) {
			work.run();
		}
		else {
			this.blocking.execute(Context.current().wrap(work));
		}
	}

	/** Waits for the token, then refuses the whole request if the caller may not ask any one of its questions. */
	private void prepare(List<Requests.Question> questions, String requestToken) {
		this.askers.await(requestToken);
		Caller caller = Askers.caller();
		for (Requests.Question question : questions) {
			this.askers.requireMayAsk(caller, question.principalId(), this.index.tenantOf(question.object()));
		}
	}

	private static int limit(int requested) {
		return CursorPages.requireLimit((requested != 0) ? requested : DEFAULT_LIMIT);
	}

	/** Answers, or fails the call with the problem's status; anything unexpected is INTERNAL and logged. */
	static <T> void respond(StreamObserver<T> answer, Supplier<T> work) {
		T result;
		try {
			result = work.get();
		}
		catch (ProblemException ex) {
			answer.onError(GrpcProblems.of(ex));
			return;
		}
		catch (RuntimeException ex) {
			logger.error("Unexpected failure of a gRPC call", ex);
			answer.onError(Status.INTERNAL
				.withDescription("internal_error: Something went wrong on our side.")
				.asRuntimeException());
			return;
		}
		answer.onNext(result);
		answer.onCompleted();
	}

}
