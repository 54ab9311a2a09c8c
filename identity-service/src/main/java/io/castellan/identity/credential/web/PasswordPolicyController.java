package io.castellan.identity.credential.web;

import java.time.Clock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.castellan.identity.credential.PasswordPolicies;
import io.castellan.identity.credential.PasswordPolicy;
import io.castellan.platform.security.Caller;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The password policy of a tenant ({@code platform} sets the default for tenants without their own). */
@RestController
@RequestMapping("/api/password-policies/{tenantId}")
class PasswordPolicyController {

	private final PasswordPolicies policies;

	private final Clock clock;

	PasswordPolicyController(PasswordPolicies policies, Clock clock) {
		this.policies = policies;
		this.clock = clock;
	}

	/** The policy in force for the tenant, inherited or its own. */
	@GetMapping
	PasswordPolicy get(@PathVariable String tenantId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return this.policies.effective(tenantId);
	}

	@PutMapping
	PasswordPolicy put(@PathVariable String tenantId, @Valid @RequestBody PolicyRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		PasswordPolicy policy = request.toPolicy();
		this.policies.save(tenantId, policy, caller.subject(), this.clock.instant());
		return policy;
	}

	/** Minimum length 8-128; every flag defaults to false except the breach check. */
	record PolicyRequest(@NotNull @Min(8) @Max(128) Integer minLength, Boolean requireLower, Boolean requireUpper,
			Boolean requireDigit, Boolean requireSymbol, Boolean checkBreached) {

		PasswordPolicy toPolicy() {
			return new PasswordPolicy(this.minLength, on(this.requireLower), on(this.requireUpper),
					on(this.requireDigit), on(this.requireSymbol), !Boolean.FALSE.equals(this.checkBreached));
		}

		private static boolean on(Boolean flag) {
			return Boolean.TRUE.equals(flag);
		}

	}

}
