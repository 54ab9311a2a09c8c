package io.castellan.identity.principal.query;

/** What a principal listing asks for; every field but {@code tenantId} is optional. */
public record PrincipalFilter(String tenantId, String kind, String status, String query) {
}
