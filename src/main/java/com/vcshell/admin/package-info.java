/**
 * The use cases, free of any UI: credential rotation, revocation, expiry, users. They
 * reach the user only through small ports ({@link com.vcshell.admin.Confirmer},
 * {@link com.vcshell.admin.DestinationChooser},
 * {@link com.vcshell.admin.ProgressListener}, {@link com.vcshell.admin.Warnings},
 * {@link com.vcshell.admin.EmergencyOutput}, {@link com.vcshell.admin.DryRunOutput}) and
 * return results instead of printing. This package holds what they share: the ports, the
 * session's API clients, the audit trail.
 */
package com.vcshell.admin;
