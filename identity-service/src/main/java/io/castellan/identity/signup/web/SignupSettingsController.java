package io.castellan.identity.signup.web;

import java.time.Clock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.castellan.identity.signup.SignupSettings;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opens or closes self-service signup for a tenant ({@code platform}: global humans); platform administrators. */
@RestController
@RequestMapping("/api/signup-settings/{tenantId}")
class SignupSettingsController {

	private final SignupSettings settings;

	private final Clock clock;

	SignupSettingsController(SignupSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether signup is open, and whether the tenant set that itself ({@code own}) or it is the default. */
	@GetMapping
	SettingResponse get(@PathVariable String tenantId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return new SettingResponse(tenantId, this.settings.enabled(tenantId), this.settings.own(tenantId).isPresent());
	}

	@PutMapping
	SettingResponse put(@PathVariable String tenantId, @Valid @RequestBody SettingRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		if (tenantId.length() > 64) {
			throw ProblemException.badRequest("tenant_id_invalid", "A tenant id is at most 64 characters.");
		}
		this.settings.save(tenantId, request.enabled(), caller.subject(), this.clock.instant());
		return new SettingResponse(tenantId, request.enabled(), true);
	}

	record SettingRequest(@NotNull Boolean enabled) {
	}

	record SettingResponse(String tenantId, boolean enabled, boolean own) {
	}

}
