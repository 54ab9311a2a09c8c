/**
 * Objects: what access is granted on (a device, a channel, a rule), registered with their tenant, {@code kind:sub}
 * type, attributes (read by ABAC conditions) and the object group they sit in, if any (at most one).
 */
package io.castellan.authz.object;
