package io.castellan.authz.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a check came out as it did: the decision, and every assignment and block the evaluator considered with what
 * became of it ({@code allowed}, {@code denied}, or why it was skipped).
 */
public record Explanation(Decision decision, List<Candidate> candidates) {

	/**
	 * One assignment (and, where it got that far, one block of its role) and its outcome.
	 * @param outcome {@code allowed}, {@code denied}, {@code skipped_role_unknown}, {@code skipped_other_tenant},
	 * {@code skipped_action}, {@code skipped_scope} or {@code skipped_condition} (the detail names the condition that
	 * failed, or the path that was missing)
	 * @param blockIndex the block's index in its role, or -1 when the whole assignment was skipped
	 * @param viaGroupId the principal group the assignment reaches the principal through, or null when direct
	 */
	public record Candidate(String assignmentId, String roleId, String roleName, int blockIndex, String outcome,
			String detail, String viaGroupId) {
	}

	/** Collects candidates while the evaluator runs. */
	static final class Recorder implements Trace {

		private final List<Candidate> candidates = new ArrayList<>();

		@Override
		public void considered(Candidate candidate) {
			this.candidates.add(candidate);
		}

		Explanation explain(Decision decision) {
			return new Explanation(decision, List.copyOf(this.candidates));
		}

	}

}
