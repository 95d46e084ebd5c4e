-- The case page lists a case's hearing notices by case id (issue 10: no scan per case page).
create index if not exists hearing_notice_case_idx on hearing_notice (case_id);
