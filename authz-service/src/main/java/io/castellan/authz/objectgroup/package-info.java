/**
 * Object groups ("where"): nested groups of objects of one tenant. A group has at most one parent, never a cycle;
 * containment grants nothing by itself, blocks with a {@code group*} scope mode do.
 */
package io.castellan.authz.objectgroup;
