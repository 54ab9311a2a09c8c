package io.castellan.identity.signup.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/signup}.
 * @param email where the verification link goes; one principal per address and tenant
 * @param password checked against the tenant's password policy and the breach list
 * @param name optional; the email address when absent
 * @param tenant optional tenant id or alias; a global human when absent
 * @param locale optional language of the mails ({@code en}, {@code nl}, {@code de}, {@code fr}); else
 * {@code Accept-Language}, else English
 */
public record SignupRequest(@NotBlank @Email @Size(max = 254) String email,
		@NotNull @Size(max = 1024) String password, @Size(max = 200) String name, @Size(max = 64) String tenant,
		@Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}") String locale) {

	@Override
	public String toString() {
		return "SignupRequest[" + this.tenant + "]";
	}

}
