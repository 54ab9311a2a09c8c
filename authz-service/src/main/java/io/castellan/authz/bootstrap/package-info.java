/**
 * Tenant bootstrap: every new tenant gets its {@code tenant-admin} role, assigned to the tenant's creator, without
 * anyone asking for it.
 */
package io.castellan.authz.bootstrap;
