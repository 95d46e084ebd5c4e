package org.smartcourt.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.PartyKind;
import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.accounts.UnifiedSocialCreditCode;
import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link PartyIdentity} rows ({@code party_identity}); the ID number is unique per natural person. */
@Repository
class PartyIdentityRepository {

	private final JdbcClient jdbc;

	PartyIdentityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PartyIdentity p) {
		jdbc.sql("""
				insert into party_identity (user_id, kind, real_name, id_number, lawyer_license_number, law_firm,
				       organization_name, organization_credit_code, verified_mobile, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.user().value(), p.kind().name(), p.realName(), p.idNumber().value(), p.lawyerLicenseNumber(),
					p.lawFirm(), p.organizationName(),
					p.organizationCreditCode() == null ? null : p.organizationCreditCode().value(),
					p.verifiedMobile().value(), Timestamp.from(p.createdAt()))
			.update();
	}

	Optional<PartyIdentity> findByUser(UserId user) {
		return jdbc.sql("select * from party_identity where user_id = ?")
			.param(user.value())
			.query(PartyIdentityRepository::map)
			.optional();
	}

	boolean existsByIdNumber(ResidentIdNumber number) {
		return jdbc.sql("select count(*) from party_identity where id_number = ?")
			.param(number.value())
			.query(Long.class)
			.single() > 0;
	}

	boolean existsByLawyerLicense(String licenseNumber) {
		return jdbc.sql("select count(*) from party_identity where lawyer_license_number = ?")
			.param(licenseNumber)
			.query(Long.class)
			.single() > 0;
	}

	private static PartyIdentity map(ResultSet rs, int row) throws SQLException {
		String creditCode = rs.getString("organization_credit_code");
		return new PartyIdentity(new UserId(rs.getObject("user_id", UUID.class)),
				PartyKind.valueOf(rs.getString("kind")), rs.getString("real_name"),
				ResidentIdNumber.parse(rs.getString("id_number")), rs.getString("lawyer_license_number"),
				rs.getString("law_firm"), rs.getString("organization_name"),
				creditCode == null ? null : new UnifiedSocialCreditCode(creditCode),
				new MobileNumber(rs.getString("verified_mobile")), rs.getTimestamp("created_at").toInstant());
	}
}
