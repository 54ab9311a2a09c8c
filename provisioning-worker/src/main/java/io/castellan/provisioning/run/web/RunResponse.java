package io.castellan.provisioning.run.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.castellan.provisioning.run.query.RunSummary;

/**
 * A provisioning run as the API shows it.
 * @param status {@code running}, {@code completed} or {@code failed}
 * @param handles each succeeded step's external handle, by step
 * @param lastError the error of the latest failed attempt, if any
 */
public record RunResponse(String id, String tenantId, String reason, String status, Map<String, String> handles,
		String lastError, Instant startedAt, Instant updatedAt, Instant finishedAt, List<StepResponse> steps) {

	static RunResponse of(RunSummary run) {
		Map<String, String> handles = new LinkedHashMap<>();
		run.steps()
			.stream()
			.filter((step) -> step.handle() != null)
			.forEach((step) -> handles.put(step.step(), step.handle()));
		return new RunResponse(run.runId(), run.tenantId(), run.reason(), run.status(), handles, run.lastError(),
				run.startedAt(), run.updatedAt(), run.finishedAt(), run.steps().stream().map(StepResponse::of).toList());
	}

}
