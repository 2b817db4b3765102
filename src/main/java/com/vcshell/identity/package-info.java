/**
 * The Veracode Identity API client: the interface, its RestClient implementation,
 * response records and error mapping.
 */
package com.vcshell.identity;
