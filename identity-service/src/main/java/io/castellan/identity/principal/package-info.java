/**
 * Principals of every kind (human, device, service, workload, application): registration, its read model, API.
 */
package io.castellan.identity.principal;
