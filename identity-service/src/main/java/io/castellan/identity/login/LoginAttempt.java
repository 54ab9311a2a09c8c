package io.castellan.identity.login;

/**
 * One try at logging in.
 * @param identifier email, name, alias or id
 * @param tenant optional tenant id or alias to log in to
 */
public record LoginAttempt(String identifier, String password, String tenant, String ipAddress, String userAgent) {

	@Override
	public String toString() {
		return "LoginAttempt[" + this.identifier + ", tenant " + this.tenant + "]";
	}

}
