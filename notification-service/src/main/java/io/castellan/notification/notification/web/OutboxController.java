package io.castellan.notification.notification.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.castellan.notification.notification.command.RetryNotification;
import io.castellan.notification.notification.query.OutboxEntry;
import io.castellan.notification.notification.query.OutboxRepository;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox over HTTP, for platform administrators: list by status and tenant, inspect attempts, retry the dead.
 * A list given a {@code Castellan-Consistency-Token} from identity-service waits until the notifications that
 * write caused are queued.
 */
@RestController
@RequestMapping("/api/notifications/outbox")
class OutboxController {

	private static final Set<String> STATUSES = Set.of(OutboxEntry.QUEUED, OutboxEntry.SENT, OutboxEntry.DEAD);

	private final OutboxRepository outbox;

	private final Writes writes;

	private final ConsumedPositions positions;

	private final Clock clock;

	private final Duration readTimeout;

	OutboxController(OutboxRepository outbox, Writes writes, ConsumedPositions positions, Clock clock,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.outbox = outbox;
		this.writes = writes;
		this.positions = positions;
		this.clock = clock;
		this.readTimeout = readTimeout;
	}

	/** Lists notifications, optionally of one status and tenant, cursor-paged: pass {@code next} as {@code after}. */
	@GetMapping
	OutboxPage list(@RequestParam(required = false) String status, @RequestParam(required = false) String tenantId,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		if (status != null && !STATUSES.contains(status)) {
			throw ProblemException.badRequest("notification_status_invalid", "status must be queued, sent or dead.");
		}
		if (limit < 1 || limit > 500) {
			throw ProblemException.badRequest("limit_invalid", "limit must be between 1 and 500.");
		}
		this.positions.await(token, this.readTimeout);
		List<OutboxEntryResponse> items = this.outbox.page(status, blankToNull(tenantId), after, limit)
			.stream()
			.map(OutboxEntryResponse::of)
			.toList();
		return new OutboxPage(items, (items.size() == limit) ? items.get(items.size() - 1).id() : null);
	}

	@GetMapping("/{id}")
	OutboxEntryDetails get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		OutboxEntry entry = find(id);
		return new OutboxEntryDetails(OutboxEntryResponse.of(entry), this.outbox.attempts(id));
	}

	/**
	 * Puts a dead notification back in the outbox, due at once, with a fresh round of retries. Answers the
	 * notification as it is now ({@code queued}); 409 {@code notification_not_dead} unless it was dead.
	 */
	@PostMapping("/{id}/retry")
	ResponseEntity<OutboxEntryResponse> retry(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		find(id);
		Written<Object> written = this.writes.send(new RetryNotification(id, caller.subject(), this.clock.instant()));
		return WriteResponses.ok(written, OutboxEntryResponse.of(find(id)));
	}

	private OutboxEntry find(String id) {
		return this.outbox.find(id).orElseThrow(() -> ProblemException.notFound("notification", id));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
