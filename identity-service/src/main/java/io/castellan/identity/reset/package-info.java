/**
 * Password reset by mail: a request always answered {@code 202}, a single-use 30-minute link, and its confirmation,
 * which sets the new password and revokes every session of the principal in one transaction.
 */
package io.castellan.identity.reset;
