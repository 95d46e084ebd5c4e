package org.smartcourt.service.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 送达地址确认书 versions, appended and never changed. */
@Repository
class ServiceAddressRepository {

	private static final String COLUMNS = """
			id, case_id, party_seq, form, platform_account, mobile, email, postal_address, basis, covers_decisions,
			evidence, scan_sha256, recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	ServiceAddressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ServiceAddress a) {
		jdbc.sql("insert into service_address (" + COLUMNS + ", consent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.caseId().value(), a.partySeq(), a.form().name(), a.platformAccount(), a.mobile(), a.email(),
					a.postalAddress(), a.basis() == null ? null : a.basis().name(), a.coversDecisions(), a.evidence(),
					a.scanSha256(), a.recordedBy(), Timestamp.from(a.recordedAt()), a.consented())
			.update();
	}

	Optional<ServiceAddress> latest(CaseId caseId, int partySeq) {
		return jdbc.sql("select " + COLUMNS
				+ " from service_address where case_id = ? and party_seq = ? order by recorded_at desc, id limit 1")
			.params(caseId.value(), partySeq)
			.query(ServiceAddressRepository::map)
			.optional();
	}

	/** Newest first. */
	List<ServiceAddress> history(CaseId caseId, int partySeq) {
		return jdbc.sql("select " + COLUMNS
				+ " from service_address where case_id = ? and party_seq = ? order by recorded_at desc, id")
			.params(caseId.value(), partySeq)
			.query(ServiceAddressRepository::map)
			.list();
	}

	private static ServiceAddress map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String basis = rs.getString("basis");
		return new ServiceAddress(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getInt("party_seq"), AddressForm.valueOf(rs.getString("form")), rs.getString("platform_account"),
				rs.getString("mobile"), rs.getString("email"), rs.getString("postal_address"),
				basis == null ? null : ConsentBasis.valueOf(basis), rs.getBoolean("covers_decisions"),
				rs.getString("evidence"), rs.getString("scan_sha256"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
