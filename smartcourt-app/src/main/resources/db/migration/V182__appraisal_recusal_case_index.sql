-- An entrustment's page reads the case's recusals by case id (issue 10: no scan per page).
create index if not exists appraisal_recusal_case_idx on appraisal_recusal (case_id);
