/**
 * Audit records: taken from every Castellan topic ({@code intake}), chained by SHA-256 so that tampering is
 * detectable ({@link io.castellan.audit.record.HashChain}), searched and verified ({@code query}) and served to
 * platform administrators ({@code web}).
 */
package io.castellan.audit.record;
