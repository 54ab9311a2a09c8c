package io.castellan.identity.signup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/signup/resend}; {@code tenant} (id or alias) as given at signup. */
public record ResendRequest(@NotBlank @Size(max = 320) String email, @Size(max = 64) String tenant) {
}
