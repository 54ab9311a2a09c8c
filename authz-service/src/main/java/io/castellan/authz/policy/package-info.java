/**
 * Direct policies: one permission block attached straight to a principal or a principal group, without a role.
 */
package io.castellan.authz.policy;
