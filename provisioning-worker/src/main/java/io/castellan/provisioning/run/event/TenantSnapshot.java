package io.castellan.provisioning.run.event;

/**
 * What a run knows of its tenant, taken from the event that started it, so connectors can name what they create
 * without asking tenant-service.
 */
public record TenantSnapshot(String name, String alias, String createdBy) {
}
