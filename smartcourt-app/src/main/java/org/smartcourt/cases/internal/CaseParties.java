package org.smartcourt.cases.internal;

import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.cases.TeamRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_party} and current {@code case_team_member} rows of a case. */
@Repository
class CaseParties {

	/** Teams are listed in the order of {@link TeamRole}: 承办法官 and 审判长 before the assistants. */
	private static final String ROLE_ORDER = java.util.Arrays.stream(TeamRole.values())
		.map(Enum::name)
		.collect(java.util.stream.Collectors.joining(","));

	private final JdbcClient jdbc;

	CaseParties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CaseId caseId, List<CaseParty> parties) {
		for (CaseParty p : parties) {
			jdbc.sql("""
					insert into case_party (case_id, seq, kind, side, party_type, name, id_number, represents, lawyer,
					       license_number, username)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(caseId.value(), p.seq(), p.agent() ? "AGENT" : "PARTY", p.side().name(), p.partyType(),
						p.name(), p.idNumber(), p.represents(), p.lawyer(), p.licenseNumber(), p.username())
				.update();
		}
	}

	List<CaseParty> of(CaseId caseId) {
		return jdbc.sql("""
				select seq, kind, side, party_type, name, id_number, represents, lawyer, license_number, username
				  from case_party where case_id = ? order by seq""")
			.param(caseId.value())
			.query((rs, row) -> new CaseParty(rs.getInt("seq"), "AGENT".equals(rs.getString("kind")),
					PartySide.valueOf(rs.getString("side")), rs.getString("party_type"), rs.getString("name"),
					rs.getString("id_number"), (Integer) rs.getObject("represents"), rs.getBoolean("lawyer"),
					rs.getString("license_number"), rs.getString("username")))
			.list();
	}

	List<TeamMember> teamOf(CaseId caseId) {
		return jdbc.sql("""
				select staff_id, username, name, role from case_team_member
				 where case_id = ? and until is null
				 order by array_position(string_to_array(?, ','), role::text), since""")
			.params(caseId.value(), ROLE_ORDER)
			.query((rs, row) -> new TeamMember(rs.getObject("staff_id", UUID.class), rs.getString("username"),
					rs.getString("name"), TeamRole.valueOf(rs.getString("role"))))
			.list();
	}
}
