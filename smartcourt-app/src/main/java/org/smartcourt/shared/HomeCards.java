package org.smartcourt.shared;

import java.util.List;

/**
 * Contributes cards to the home page; implemented by the modules that have something waiting for people. Returns
 * no card for roles it has nothing for; must not fail for any signed-in actor.
 */
public interface HomeCards {

	List<HomeCard> cardsFor(Actor actor);
}
