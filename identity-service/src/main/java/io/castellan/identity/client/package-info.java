/**
 * OAuth 2.0 clients as event-sourced aggregates: registration, settings, secret rotation, status and deletion; the
 * read model Spring Authorization Server reads them from; the admin API; the bootstrap admin client.
 */
package io.castellan.identity.client;
