package io.castellan.authz.index;

/**
 * Receives what the full walk considered, for explanations. Checks pass none and take the short way
 * ({@link Evaluator}), which records nothing.
 */
interface Trace {

	void considered(Explanation.Candidate candidate);

}
