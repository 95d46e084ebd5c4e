package org.smartcourt.cases.internal;

/**
 * When a party of another case is the same party as one of ours, for recusal (民诉解释 art. 45) and for suggested
 * links alike: a natural person by 身份证号码 only, since a name (张伟) is shared by thousands in a province; an
 * organization by 统一社会信用代码, or by its registered name when either side lacks one. Two branches, each on its own
 * index; an {@code OR} of the two would defeat both.
 */
public final class SameParty {

	/**
	 * Common table expressions {@code mine} (the parties of case {@code :case}) and {@code same} ({@code case_id} of
	 * another case and the {@code name} of our party it shares); the caller's query follows.
	 */
	public static final String OTHER_CASES = """
			with mine as (
			  select name, id_number, party_type from case_party where case_id = :case and kind = 'PARTY'),
			same as (
			  select q.case_id, m.name from mine m
			    join case_party q on q.id_number = m.id_number and q.kind = 'PARTY' and q.case_id <> :case
			  union
			  select q.case_id, m.name from mine m
			    join case_party q on q.name = m.name and q.kind = 'PARTY' and q.case_id <> :case
			   where (m.id_number is null or q.id_number is null)
			     and coalesce(m.party_type, '') <> 'NATURAL_PERSON' and coalesce(q.party_type, '') <> 'NATURAL_PERSON')
			""";

	private SameParty() {
	}
}
