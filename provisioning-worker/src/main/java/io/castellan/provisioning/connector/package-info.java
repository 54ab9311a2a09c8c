/**
 * Connectors: the strategy by which a provisioning step reaches an external system (an IdP, a mail server, a file
 * store). Each connector is a Spring bean; the configured step names pick them and their order.
 */
package io.castellan.provisioning.connector;
