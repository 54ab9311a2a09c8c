/**
 * Principal groups ("who"): nested groups whose members inherit the roles assigned to the group and its ancestors.
 */
package io.castellan.authz.group;
