/**
 * Self-service signup and email verification: the per-tenant toggle, signing up (a human principal with an
 * unverified email, its email claimed per tenant), the verification link, quiet resends, and the check login asks
 * before it lets a principal in.
 */
package io.castellan.identity.signup;
