/**
 * Roles for invitees: when identity-service announces an accepted invitation, each of its roles is assigned to the
 * new principal through the ordinary role assignment, guardrails included.
 */
package io.castellan.authz.invite;
