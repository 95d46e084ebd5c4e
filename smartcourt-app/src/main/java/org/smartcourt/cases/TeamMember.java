package org.smartcourt.cases;

import java.util.UUID;

/**
 * A person currently in a case's team.
 *
 * @param staffId the 人员 record in the organization module.
 * @param username their account, or {@literal null} (人民陪审员 often have none).
 */
public record TeamMember(UUID staffId, String username, String name, TeamRole role) {
}
