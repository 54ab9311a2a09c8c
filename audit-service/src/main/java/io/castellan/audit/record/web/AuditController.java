package io.castellan.audit.record.web;

import java.time.Duration;
import java.util.List;

import io.castellan.audit.record.query.AuditFilter;
import io.castellan.audit.record.query.AuditRecordRepository;
import io.castellan.audit.record.query.ChainVerification;
import io.castellan.audit.record.query.ChainVerifier;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP, for platform administrators. A read given a {@code Castellan-Consistency-Token}
 * (from any service's write) waits until the trail contains the events that write produced.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditRecordRepository records;

	private final ChainVerifier verifier;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	AuditController(AuditRecordRepository records, ChainVerifier verifier, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.records = records;
		this.verifier = verifier;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	/**
	 * Lists records matching every given filter, oldest first, cursor-paged: pass a page's {@code next} as
	 * {@code after}. {@code from} (inclusive) and {@code to} (exclusive) are RFC 3339 date-times compared with
	 * the time the event occurred; {@code outcome} is {@code success} or {@code failure}; {@code limit} 1-500.
	 */
	@GetMapping("/records")
	AuditRecordPage records(@RequestParam(required = false) String tenantId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String target,
			@RequestParam(required = false) String action, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String after, @RequestParam(required = false) String limit,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		AuditFilter filter = AuditFilterParameters.parse(tenantId, actor, target, action, outcome, from, to, after,
				limit);
		this.positions.await(token, this.readTimeout);
		List<AuditRecordResponse> items = this.records.page(filter).stream().map(AuditRecordResponse::of).toList();
		String next = (items.size() == filter.limit()) ? Long.toString(items.get(items.size() - 1).sequence()) : null;
		return new AuditRecordPage(items, next);
	}

	/** Recomputes the whole hash chain and says whether, and where, it is broken. */
	@GetMapping("/verify")
	ChainVerification verify(@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return this.verifier.verify();
	}

}
