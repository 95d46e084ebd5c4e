package org.smartcourt.notification;

import org.smartcourt.shared.UserId;

/**
 * Who a message goes to. A platform user's own contact details (mobile, e-mail, DingTalk id) are looked up from the
 * account when not given; given addresses win, so that 送达 goes to the address the party confirmed, even one that
 * is not on their account. A group robot recipient names a configured DingTalk group.
 *
 * @param user the platform account, or {@literal null} for someone without one (then no in-app message).
 * @param mobile a mainland mobile number, or {@literal null}.
 * @param email an e-mail address, or {@literal null}.
 * @param robot the name of a configured DingTalk group robot, or {@literal null}.
 */
public record Recipient(UserId user, String mobile, String email, String robot) {

	public Recipient {
		if (user == null && mobile == null && email == null && robot == null) {
			throw new IllegalArgumentException("a recipient needs a user or an address");
		}
	}

	/** A platform user, reached at the addresses on their account. */
	public static Recipient user(UserId user) {
		return new Recipient(user, null, null, null);
	}

	/** Given addresses, with the platform user they belong to if any. */
	public static Recipient addresses(UserId user, String mobile, String email) {
		return new Recipient(user, mobile, email, null);
	}

	/** A configured DingTalk group robot (for example a division's group). */
	public static Recipient robot(String robot) {
		return new Recipient(null, null, null, robot);
	}
}
