package io.castellan.authz.check.web;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import io.castellan.authz.index.Decision;
import io.castellan.authz.index.Explanation;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access checks answered from the in-memory index: single, bulk and explained. Given a consistency token (body or
 * header, combined) the answer reflects those writes, or the call fails with 503 {@code consistency_timeout} after
 * a bounded wait. A subject may ask about itself; anyone else must be a platform administrator for now.
 */
@RestController
@RequestMapping("/api/authz")
class CheckController {

	private final PermissionIndex index;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	CheckController(PermissionIndex index, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.index = index;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	@PostMapping("/check")
	Decision check(@Valid @RequestBody CheckRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		prepare(jwt, List.of(request.principalId()), headerToken, request.consistencyToken());
		return this.index.check(request.principalId(), request.action(), request.object().toRef());
	}

	/** Which assignment and block decided, or why each candidate was skipped. */
	@PostMapping("/explain")
	Explanation explain(@Valid @RequestBody CheckRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		prepare(jwt, List.of(request.principalId()), headerToken, request.consistencyToken());
		return this.index.explain(request.principalId(), request.action(), request.object().toRef());
	}

	@PostMapping("/check/bulk")
	BulkCheckResponse bulk(@Valid @RequestBody BulkCheckRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		prepare(jwt, request.items().stream().map(CheckItem::principalId).distinct().toList(), headerToken,
				request.consistencyToken());
		return new BulkCheckResponse(request.items()
			.stream()
			.map((item) -> this.index.check(item.principalId(), item.action(), item.object().toRef()))
			.toList());
	}

	/** Refuses questions about others (unless platform admin), then waits for the combined token. */
	private void prepare(Jwt jwt, List<String> principals, String headerToken, String bodyToken) {
		Caller caller = Caller.of(jwt);
		if (!caller.isPlatformAdmin() && principals.stream().anyMatch((id) -> !id.equals(caller.subject()))) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "check_not_permitted",
					"You may only check your own access.");
		}
		ConsistencyToken token = ConsistencyToken.parse(headerToken).merge(ConsistencyToken.parse(bodyToken));
		this.positions.await(token, this.readTimeout);
	}

}
