/**
 * The Veracode Identity API client: the interface, the one table of endpoints, its
 * RestClient implementation and the dry run, the per-host transport the session shares
 * (HTTP client and rate limiter), response records and error mapping.
 */
package com.vcshell.identity;
