package io.castellan.audit.record.web;

import java.util.List;

/**
 * One page of audit records, oldest first.
 * @param next the cursor of the following page (pass it as {@code after}); null on the last page
 */
public record AuditRecordPage(List<AuditRecordResponse> items, String next) {
}
