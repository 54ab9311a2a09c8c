/**
 * The tenant aggregate: creation and (later) lifecycle, its read model and its HTTP API.
 */
package io.castellan.tenant.tenant;
