package io.castellan.identity.signup;

import java.util.Optional;

import io.castellan.identity.tenant.KnownTenants;

import org.springframework.stereotype.Component;

/** Where a signup or resend lands: no tenant means the platform (a global human); else an active, known tenant. */
@Component
public class SignupTenants {

	private final KnownTenants tenants;

	SignupTenants(KnownTenants tenants) {
		this.tenants = tenants;
	}

	/** The tenant id named by id or alias, {@code platform} when none is named; empty when unknown or not active. */
	public Optional<String> resolve(String tenant) {
		if (tenant == null || tenant.isBlank()) {
			return Optional.of(SignupSettings.PLATFORM);
		}
		return this.tenants.resolve(tenant.strip())
			.filter((id) -> this.tenants.status(id).filter("active"::equals).isPresent());
	}

}
