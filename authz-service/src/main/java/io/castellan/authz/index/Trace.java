package io.castellan.authz.index;

/**
 * Receives what the evaluator considered, for explanations. Checks pass {@link #NONE}, so the hot path records
 * nothing and allocates nothing for it.
 */
interface Trace {

	Trace NONE = (candidate) -> {
	};

	void considered(Explanation.Candidate candidate);

}
