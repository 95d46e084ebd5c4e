-- The case page lists a case's service records and archive notes by case id (issue 10: no scan per case page).
create index if not exists document_service_case_idx on document_service (case_id, counted_on);
create index if not exists case_archive_note_case_idx on case_archive_note (case_id);
