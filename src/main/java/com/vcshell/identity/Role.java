package com.vcshell.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A role of a user, e.g. {@code extadmin} ("Admin API") or {@code administrator}.
 *
 * @param roleName the role's internal name
 * @param roleDescription the name shown in the Veracode platform
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Role(@JsonProperty("role_name") @Nullable String roleName,
		@JsonProperty("role_description") @Nullable String roleDescription) {

}
