package org.smartcourt.bench.data;

import java.util.List;

/** The COPY buffers of one chunk, one per table, in an order that respects the foreign keys. */
final class Tables {

	final CopyRows courtCase = new CopyRows("court_case", "id, case_number, court_id, receipt_year, court_code, "
			+ "special_code, type_code, number, category_code, procedure, cause_code, registered_on, title, "
			+ "registered_at, stage, department_id, filer_username, filing_id");
	final CopyRows party = new CopyRows("case_party",
			"case_id, seq, kind, side, party_type, name, id_number, represents, lawyer, license_number, username");
	final CopyRows team = new CopyRows("case_team_member", "id, case_id, staff_id, username, name, role, since, case_open");
	final CopyRows assignment = new CopyRows("case_assignment", "id, case_id, purpose, kind, department_id, seed, "
			+ "algorithm_version, chosen, chosen_staff_id, chosen_name, recorded_at");
	final CopyRows docket = new CopyRows("docket_entry",
			"id, case_id, seq, type, occurred_on, recorded_at, audience, summary, details, recorded_by");
	final CopyRows clock = new CopyRows("case_clock", "case_id, rule, start_on, due_on, status, excluded_days, "
			+ "extensions, explanation, computed_on, computed_at");
	final CopyRows extension = new CopyRows("extension_request", "id, case_id, nth, requested_length, "
			+ "requested_unit, reason, requested_by, requested_at, due_when_requested, approver_level, approver_court, "
			+ "approver, citation, status, approved_length, decided_by, decided_at");
	final CopyRows exclusion = new CopyRows("clock_exclusion", "id, case_id, kind, ground, reason, citation, "
			+ "started_on, ended_on, started_by, ended_by, recorded_at");
	final CopyRows hearing = new CopyRows("hearing", "id, case_id, court_id, case_number, case_title, kind, status, "
			+ "starts_at, ends_at, courtroom_id, courtroom_name, online, meeting_link, public_hearing, "
			+ "recording_needed, scheduled_by, scheduled_at, actual_start, actual_end");
	final CopyRows document = new CopyRows("case_document",
			"id, case_id, kind, number, title, signed_on, visibility, recorded_at, recorded_by");
	final CopyRows service = new CopyRows("document_service",
			"id, document_id, case_id, party_seq, method, counted_on, recorded_at, recorded_by");
	final CopyRows pronouncement = new CopyRows("case_pronouncement",
			"id, case_id, document_id, pronounced_on, mode, recorded_at, recorded_by");
	final CopyRows closing = new CopyRows("case_closing", "case_id, method_code, method_version, statistic_group, "
			+ "closed_on, amount_awarded_fen, closed_at, closed_by");
	final CopyRows link = new CopyRows("case_link", "id, from_case, to_case, kind, note, created_at, created_by");

	final CopyRows diversion = new CopyRows("mediation_diversion", "id, court_id, case_id, title, cause_code, "
			+ "cause_name, claim_fen, suggested_track, procedure_track, reasons, wage_note, wage_unverified, "
			+ "decided_track, decision_reason, overridden, decided_by, decided_at, created_at");

	final CopyRows mediation = new CopyRows("mediation", "id, court_id, kind, status, filing_id, case_id, case_number, "
			+ "origin_case_id, title, cause_code, procedure, requested_on, choice_due, designation_due, mediator_id, "
			+ "acceptance_due, accepted_on, original_due, due_on, period_citation, ended_on, ending_ground, ending_note, "
			+ "effective_on, confirmation_apply_due, confirmation_case_id, confirmation_case_number, confirmation_due, "
			+ "confirmation_citation, created_at, version");
	final CopyRows mediationParty = new CopyRows("mediation_party",
			"mediation_id, seq, side, name, username, chosen_mediator_id");
	final CopyRows mediationAssignment = new CopyRows("mediation_assignment", "id, mediation_id, mediator_id, "
			+ "by_choice, designated_on, acceptance_due, outcome, reason, decided_at");
	final CopyRows mediationRecord = new CopyRows("mediation_record",
			"id, mediation_id, kind, text, session_at, meeting_link, author, created_at");

	final CopyRows preservation = new CopyRows("preservation_application", "id, court_id, kind, status, urgent, "
			+ "urgent_reason, applicant_name, applicant_id_number, applicant_address, applicant_contact, "
			+ "respondent_name, respondent_id_number, respondent_address, respondent_contact, claim, grounds, "
			+ "amount_fen, search_requested, security_kind, security_amount_fen, security_provider, "
			+ "security_reference, security_given_at, fee_fen, fee_paid, review_case_id, review_case_number, filed_by, "
			+ "filed_role, filed_at, clock_start, ruling_due_at, ruled_at, ruled_by, ruling_reason, "
			+ "enforcement_due_at, enforced_at, fee_payment_id");
	final CopyRows preservationProperty = new CopyRows("preservation_property",
			"application_id, seq, kind, description, identifier, estimated_value_fen, lead_only");
	final CopyRows preservationMeasure = new CopyRows("preservation_measure", "id, application_id, property_seq, kind, "
			+ "object_kind, object_description, amount_fen, status, start_date, expiry_date, rule_id, suit_deadline, "
			+ "lifted_on, lift_reason");
	final CopyRows preservationEvent = new CopyRows("preservation_event",
			"id, application_id, at, actor, kind, summary");

	final CopyRows entrustment = new CopyRows("appraisal_entrustment", "id, case_id, court_id, case_number, matter, "
			+ "scope, purpose, field_code, complex, materials, materials_examined_on, requested_by, requested_at, "
			+ "status, draw_at, current_assignment_id, clock_exclusion_id");
	final CopyRows appraisalDraw = new CopyRows("appraisal_draw", "id, entrustment_id, round, seed, algorithm, "
			+ "candidates, candidates_sha256, excluded, chosen_id, attendance, drawn_by, drawn_at");
	final CopyRows appraisalAssignment = new CopyRows("appraisal_assignment", "id, entrustment_id, round, "
			+ "institution_id, via, draw_id, assigned_at, accepted_on, undertaking_at, due_on, report_on, outcome, "
			+ "late_flagged_at, fee_quoted, fee_paid, fee_paid_by");
	final CopyRows appraisalExtension = new CopyRows("appraisal_extension", "id, assignment_id, reason, "
			+ "requested_due, requested_on, decision, new_due, decided_by, decided_on");

	final CopyRows fee = new CopyRows("fee_payment", "id, reference, court_id, payer_username, description, "
			+ "assessed_fen, due_fen, status, created_by, created_at, paid_at");

	final CopyRows filing = new CopyRows("filing", "id, filer_id, filer_username, filer_name, status, kind, "
			+ "target_court, receiving_court, content, submitted_at, received_on, decision_due_on, "
			+ "decision_period_citation, identity_check, correction, decision, created_at, updated_at");
	final CopyRows filingEvent = new CopyRows("filing_event",
			"filing_id, occurred_at, status, actor_name, actor_role, court_id, note");

	/** Every generated case is queued for the 审判质效 statistics, which the app builds from it on start. */
	final CopyRows supervisionQueue = new CopyRows("supervision_dirty_case", "case_id, marked_at");

	List<CopyRows> all() {
		return List.of(filing, filingEvent, courtCase, party, team, assignment, docket, clock, extension, exclusion,
				hearing, document, service, pronouncement, closing, link, diversion, mediation, mediationParty,
				mediationAssignment, mediationRecord, preservation, preservationProperty, preservationMeasure,
				preservationEvent, entrustment, appraisalDraw, appraisalAssignment, appraisalExtension, fee,
				supervisionQueue);
	}
}
