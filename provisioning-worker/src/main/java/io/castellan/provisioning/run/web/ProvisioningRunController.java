package io.castellan.provisioning.run.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.provisioning.run.query.ProvisioningRunRepository;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provisioning progress over HTTP, for platform administrators: each run with its steps, attempts, handles and
 * last error. Runs are started by tenant events, never over HTTP.
 */
@RestController
@RequestMapping("/api/provisioning/runs")
class ProvisioningRunController {

	private static final Set<String> STATUSES = Set.of("running", "completed", "failed");

	private final ProvisioningRunRepository runs;

	ProvisioningRunController(ProvisioningRunRepository runs) {
		this.runs = runs;
	}

	@GetMapping("/{runId}")
	RunResponse get(@PathVariable String runId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return this.runs.find(runId).map(RunResponse::of).orElseThrow(() -> ProblemException.notFound("run", runId));
	}

	/**
	 * Lists runs, of one tenant and in one status when given, cursor-paged: pass the {@code next} of one page as
	 * {@code after} to get the next.
	 */
	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) String tenantId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		if (limit < 1 || limit > 500) {
			throw ProblemException.badRequest("limit_invalid", "limit must be between 1 and 500.");
		}
		if (status != null && !STATUSES.contains(status)) {
			throw ProblemException.badRequest("status_invalid", "status must be one of running, completed, failed.");
		}
		List<RunResponse> items = this.runs.page(tenantId, status, after, limit).stream().map(RunResponse::of).toList();
		String next = (items.size() == limit) ? items.get(items.size() - 1).id() : null;
		return (next != null) ? Map.of("items", items, "next", next) : Map.of("items", items);
	}

}
