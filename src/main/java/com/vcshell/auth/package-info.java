/**
 * Veracode's HMAC request signature: the pure signer, the credentials type and the
 * signing interceptor.
 */
package com.vcshell.auth;
