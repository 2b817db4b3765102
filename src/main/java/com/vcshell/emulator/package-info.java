/**
 * A self-contained stand-in for the Veracode Identity API on loopback, for --demo,
 * --emulator and end-to-end tests.
 */
package com.vcshell.emulator;
