/**
 * Fleet rotation (issue 11, design §2 and §8): {@code rotate plan} writes a plan of the
 * accounts to rotate and where each new pair goes; {@code rotate apply} checks, generates
 * (through {@link com.vcshell.admin.rotation.CredentialRotation}), saves, delivers and
 * verifies each account in turn, journaling every step; {@code rotate status} reads a
 * journal and {@code rotate resume} finishes its run without ever generating blindly.
 */
package com.vcshell.admin.fleet;
