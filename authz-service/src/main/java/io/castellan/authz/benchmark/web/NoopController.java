package io.castellan.authz.benchmark.web;

import jakarta.validation.Valid;
import io.castellan.authz.check.web.CheckRequest;
import io.castellan.authz.index.Decision;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark support: {@code POST /api/authz/noop} takes a check's body through the same security chain, JSON
 * reading and validation as {@code POST /api/authz/check}, and answers a fixed decision without the index.
 */
@RestController
@ConditionalOnBooleanProperty("castellan.benchmark.noop.enabled")
class NoopController {

	private static final Decision ANSWER = new Decision(true, "allowed", "No-op: nothing was decided.", null);

	@PostMapping("/api/authz/noop")
	Decision noop(@Valid @RequestBody CheckRequest request) {
		return ANSWER;
	}

}
