/**
 * Token signing keys with rotation as events: the key ring aggregate, the key read model that feeds the JWKS and
 * the token encoder, the admin API and the optional scheduled rotation.
 */
package io.castellan.identity.signingkey;
