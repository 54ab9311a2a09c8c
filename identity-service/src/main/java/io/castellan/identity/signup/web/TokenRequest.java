package io.castellan.identity.signup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/signup/verify}: the token from the link. */
public record TokenRequest(@NotBlank @Size(max = 128) String token) {

	@Override
	public String toString() {
		return "TokenRequest[***]";
	}

}
