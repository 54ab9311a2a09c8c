/**
 * OAuth 2.0 clients as event-sourced aggregates: registration, settings, secret rotation, status and deletion; the
 * read model Spring Authorization Server reads them from; the admin API; dynamic client registration (RFC 7591),
 * which registers through the same aggregate; the bootstrap admin client.
 */
package io.castellan.identity.client;
