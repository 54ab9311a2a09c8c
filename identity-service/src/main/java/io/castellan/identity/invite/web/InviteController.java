package io.castellan.identity.invite.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.identity.credential.Passwords;
import io.castellan.identity.invite.command.AcceptInvite;
import io.castellan.identity.invite.command.CreateInvite;
import io.castellan.identity.invite.command.InviteRules;
import io.castellan.identity.invite.command.RevokeInvite;
import io.castellan.identity.invite.query.InviteView;
import io.castellan.identity.invite.query.Invites;
import io.castellan.identity.tenant.KnownTenants;
import io.castellan.identity.token.MailLocale;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;
import io.castellan.schemas.identity.InviteCreated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations over HTTP: platform administrators invite, read and revoke; the invitee accepts without a token,
 * with the one from the link. The link's token is never shown here: only the invitation mail carries it.
 */
@RestController
@RequestMapping("/api/invites")
class InviteController {

	private static final String PLATFORM = "platform";

	private final Writes writes;

	private final Invites invites;

	private final KnownTenants tenants;

	private final ConsumedPositions positions;

	private final TokenIssuer issuer;

	private final OneTimeTokens tokens;

	private final Passwords passwords;

	private final Clock clock;

	private final Duration readTimeout;

	InviteController(Writes writes, Invites invites, KnownTenants tenants, ConsumedPositions positions,
			TokenIssuer issuer, OneTimeTokens tokens, Passwords passwords, Clock clock,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.invites = invites;
		this.tenants = tenants;
		this.positions = positions;
		this.issuer = issuer;
		this.tokens = tokens;
		this.passwords = passwords;
		this.clock = clock;
		this.readTimeout = readTimeout;
	}

	/** Invites an address to an active tenant; the tenant may be just created: pass its consistency token. */
	@PostMapping
	ResponseEntity<InviteResponse> create(@Valid @RequestBody CreateInviteRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = admin(jwt);
		if (!request.tenantId().equals(PLATFORM)) {
			requireActiveTenant(request.tenantId(), token);
		}
		String inviteId = UUID.randomUUID().toString();
		int days = (request.expiresInDays() != null) ? request.expiresInDays() : InviteRules.DEFAULT_DAYS;
		Instant now = this.clock.instant();
		Written<Object> written = this.writes.send(new CreateInvite(inviteId, request.tenantId(),
				request.email().strip(), request.roles().stream().distinct().toList(),
				MailLocale.of(request.locale(), null),
				this.issuer.issue(InviteCreated.sealingContext(inviteId), now.plus(Duration.ofDays(days))),
				caller.subject(), now));
		return WriteResponses.created(URI.create("/api/invites/" + inviteId), written,
				InviteResponse.of(find(inviteId), now, written.encodedToken()));
	}

	@GetMapping("/{inviteId}")
	InviteResponse get(@PathVariable String inviteId, @AuthenticationPrincipal Jwt jwt) {
		admin(jwt);
		return InviteResponse.of(find(inviteId), this.clock.instant(), null);
	}

	/** Withdraws a pending (or expired) invitation: its link stops working; 409 once accepted. */
	@DeleteMapping("/{inviteId}")
	ResponseEntity<Void> revoke(@PathVariable String inviteId, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = admin(jwt);
		find(inviteId);
		Written<Object> written = this.writes.send(new RevokeInvite(inviteId, caller.subject(), this.clock.instant()));
		ResponseEntity.HeadersBuilder<?> answer = ResponseEntity.noContent();
		if (written.encodedToken() != null) {
			answer.header(ConsistencyToken.HEADER, written.encodedToken());
		}
		return answer.build();
	}

	/**
	 * Accepts an invitation: creates the principal in the invitation's tenant with a verified email.
	 * @throws ProblemException 404 {@code invite_not_found}; 409 {@code invite_already_accepted}; 410
	 * {@code invite_revoked} or {@code invite_expired}; 422 for a password the policy refuses
	 */
	@PostMapping("/accept")
	ResponseEntity<Map<String, String>> accept(@Valid @RequestBody AcceptInviteRequest request) {
		String hash = TokenIssuer.hash(request.token());
		String inviteId = this.tokens.find(hash, InviteRules.TOKEN_PURPOSE)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "invite_not_found", "No such invitation."))
			.subjectId();
		InviteView invite = find(inviteId);
		Instant now = this.clock.instant();
		// The aggregate decides again in the write; answering here first spares a password check for nothing.
		switch (invite.statusAt(now)) {
			case "accepted" -> throw ProblemException.conflict("invite_already_accepted",
					"This invitation was already accepted.");
			case "revoked" -> throw new ProblemException(HttpStatus.GONE, "invite_revoked", "This invitation was withdrawn.");
			case "expired" -> throw new ProblemException(HttpStatus.GONE, "invite_expired", "This invitation has expired.");
			default -> {
			}
		}
		String passwordHash = this.passwords.checkAndHash(invite.tenantId(), request.password());
		String principalId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(new AcceptInvite(inviteId, hash, principalId, request.name().strip(),
				passwordHash, now));
		Map<String, String> body = new LinkedHashMap<>();
		body.put("principalId", principalId);
		body.put("tenantId", invite.tenantId());
		body.put("inviteId", inviteId);
		if (written.encodedToken() != null) {
			body.put("consistencyToken", written.encodedToken());
		}
		return WriteResponses.created(URI.create("/api/principals/" + principalId), written, body);
	}

	private InviteView find(String inviteId) {
		return this.invites.find(inviteId).orElseThrow(() -> ProblemException.notFound("invite", inviteId));
	}

	/** {@code /api/invites/accept} is public, so its neighbours can be reached without a token: refuse them. */
	private static Caller admin(Jwt jwt) {
		if (jwt == null) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "token_missing", "A bearer token is required.");
		}
		return Caller.of(jwt).requirePlatformAdmin();
	}

	private void requireActiveTenant(String tenantId, String token) {
		this.positions.await(token, this.readTimeout);
		this.tenants.requireActive(tenantId);
	}

}
