package org.smartcourt.supervision.internal;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Service;

/**
 * Brings the statistics up to date: stale measures first (rebuilt from the stored facts), then the marked cases. One
 * run at a time in this node (the recurring task and a test may both ask), and db-scheduler runs the task on one
 * node at a time, so a rebuild never overlaps a refresh.
 */
@Service
public class StatisticsCatchUp {

	private final ReentrantLock running = new ReentrantLock();
	private final MeasureCells measures;
	private final StatisticsRefresh refresh;

	StatisticsCatchUp(MeasureCells measures, StatisticsRefresh refresh) {
		this.measures = measures;
		this.refresh = refresh;
	}

	/** Rebuilds stale measures and refreshes every marked case; returns how many cases were refreshed. */
	public int run() {
		running.lock();
		try {
			measures.rebuildStale();
			return refresh.refreshAll();
		}
		finally {
			running.unlock();
		}
	}
}
