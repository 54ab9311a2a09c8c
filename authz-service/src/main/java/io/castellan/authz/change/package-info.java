/**
 * The permission-change stream: when an assignment, a membership or a direct policy lets grants reach principals,
 * {@code castellan.authz.access.changed.v1} names them with the (action, scope) pairs they gained or lost.
 */
package io.castellan.authz.change;
