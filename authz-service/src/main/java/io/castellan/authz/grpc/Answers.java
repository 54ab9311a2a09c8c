package io.castellan.authz.grpc;

import io.castellan.authz.grpc.v1.Candidate;
import io.castellan.authz.grpc.v1.CheckResponse;
import io.castellan.authz.grpc.v1.ExplainResponse;
import io.castellan.authz.grpc.v1.Match;
import io.castellan.authz.index.Decision;
import io.castellan.authz.index.Explanation;

/** The index's answers as messages; absent values stay unset (proto3 reads them as empty). */
final class Answers {

	private Answers() {
	}

	static CheckResponse decision(Decision decision) {
		CheckResponse.Builder answer = CheckResponse.newBuilder()
			.setAllowed(decision.allowed())
			.setReason(decision.reason());
		if (decision.detail() != null) {
			answer.setDetail(decision.detail());
		}
		if (decision.match() != null) {
			answer.setMatch(match(decision.match()));
		}
		return answer.build();
	}

	static ExplainResponse explanation(Explanation explanation) {
		ExplainResponse.Builder answer = ExplainResponse.newBuilder().setDecision(decision(explanation.decision()));
		for (Explanation.Candidate candidate : explanation.candidates()) {
			Candidate.Builder each = Candidate.newBuilder()
				.setBlockIndex(candidate.blockIndex())
				.setOutcome(candidate.outcome());
			set(candidate.assignmentId(), each::setAssignmentId);
			set(candidate.roleId(), each::setRoleId);
			set(candidate.roleName(), each::setRoleName);
			set(candidate.detail(), each::setDetail);
			set(candidate.viaGroupId(), each::setViaGroupId);
			answer.addCandidates(each);
		}
		return answer.build();
	}

	private static Match match(Decision.Match match) {
		Match.Builder answer = Match.newBuilder().setBlockIndex(match.blockIndex());
		set(match.assignmentId(), answer::setAssignmentId);
		set(match.roleId(), answer::setRoleId);
		set(match.roleName(), answer::setRoleName);
		set(match.viaGroupId(), answer::setViaGroupId);
		return answer.build();
	}

	private static void set(String value, java.util.function.Consumer<String> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

}
