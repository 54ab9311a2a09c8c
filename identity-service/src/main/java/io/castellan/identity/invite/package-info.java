/**
 * Invitations: an administrator invites an email address to a tenant with roles; the invitee follows the mailed
 * link and becomes a principal with a verified email, whose roles authz-service then assigns.
 */
package io.castellan.identity.invite;
