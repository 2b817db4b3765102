/**
 * Credentials profiles: the credentials file (parsed with line numbers, written
 * atomically), profile resolution and region, and the session's active profile.
 */
package com.vcshell.profile;
