/**
 * Single-use tokens that travel by mail (email verification, password reset, invitation): issued as 256 random
 * bits, handed to the mail only sealed, kept only as a hash, consumed once. Also the plumbing those flows share:
 * the link key and the quiet background handling of requests that must not reveal whether an address exists.
 */
package io.castellan.identity.token;
