package org.smartcourt.accounts;

import org.smartcourt.shared.Actor;

/**
 * 身份再验证: the signed-in person proves again who they are before an act with legal effect (confirming a 调解协议,
 * 《人民法院在线调解规则》 art. 19), by re-entering the account password. Wrong passwords are limited per account.
 */
public interface IdentityRecheck {

	/**
	 * @return whether {@code password} is the actor's current password; each failure is audited.
	 * @throws org.smartcourt.shared.DomainException {@code TOO_MANY_REQUESTS} after five wrong passwords in 15 minutes.
	 */
	boolean passwordMatches(Actor actor, String password);
}
