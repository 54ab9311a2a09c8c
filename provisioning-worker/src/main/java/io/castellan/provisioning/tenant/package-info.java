/** What provisioning-worker learns from the tenant topic: a created tenant starts a provisioning run. */
package io.castellan.provisioning.tenant;
