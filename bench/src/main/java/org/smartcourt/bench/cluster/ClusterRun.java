package org.smartcourt.bench.cluster;

import java.io.IOException;
import java.util.List;

/**
 * The checks of issue 10 "Several app nodes" against two running nodes and their database: (a) shared sessions,
 * (c, d) filings carried to cases on both nodes while node 2 is killed, then (b) scheduler and checkpoints, (c)
 * numbering and the ledger (with the app's own fsck), (d) nothing acknowledged lost or doubled.
 */
public final class ClusterRun {

	/** How much load, and when to kill node 2 (after {@code killAfter} registered filings; never when negative). */
	public record Load(int filings, int clients, int killAfter) {
	}

	private static final String ORIGIN = "demo.smartcourt.local/ledger";

	private ClusterRun() {
	}

	public static ClusterReport check(String node1, String node2, String jdbcUrl, Load load, Runnable killNode2)
			throws Exception {
		ClusterReport report = new ClusterReport();
		ClusterInvariants invariants = new ClusterInvariants(jdbcUrl);
		invariants.watchScheduler();
		long checkpointsBefore = invariants.checkpoints();
		long started = System.nanoTime();

		System.out.println("# (a) one session, two nodes");
		SharedSessionCheck.run(node1, node2, report);

		System.out.println("# (c, d) filings registered on both nodes; node 2 killed under load");
		String run = "cluster-" + Long.toString(System.currentTimeMillis(), 36);
		List<FilingLoad.Acknowledged> acknowledged = new FilingLoad(node1, node2, run)
			.run(load.filings(), load.clients(), load.killAfter() < 0 ? Integer.MAX_VALUE : load.killAfter(), killNode2,
					report);
		if (load.killAfter() >= 0) {
			report.require(!answers(node2), "node 2 is gone after the kill");
		}

		// before the ledger checks: a resubmitted anchoring appends to the ledger
		invariants.incompleteEventsResubmitted(java.time.Duration.ofSeconds(45), report);

		System.out.println("# (b) scheduled jobs and checkpoints");
		// at least two checkpoint intervals after the last append, so the last entries get a checkpoint too
		AppNode.sleep(2500);
		invariants.scheduledOnce(report);
		invariants.checkpointsOnlyGrow(checkpointsBefore, ORIGIN, report);

		System.out.println("# (c) numbering and the ledger");
		invariants.caseNumbersGapless(report);
		invariants.ledgerGapless(report);
		ClusterHttp http = new ClusterHttp();
		ClusterHttp.Answer fsck = http.postJson(node1, "/api/v1/ledger/fsck", http.token(node1, "it-admin"), java.util.Map.of(), null);
		boolean sound = fsck.status() == 200 && fsck.json().get("ok").asBoolean();
		report.figure("ledger fsck (Merkle tree)", fsck.status() == 200 ? "ok=" + fsck.json().get("ok") + ", size "
				+ fsck.json().get("size") + ", problems " + fsck.json().get("problems") : fsck.status() + " " + fsck.body());
		report.require(sound, "the ledger's fsck finds the tree sound");

		System.out.println("# (d) acknowledged requests");
		invariants.acknowledgedOnce(acknowledged, run, report);
		report.figure("checks took", String.format("%.1f s", (System.nanoTime() - started) / 1e9));
		System.out.println(report.passed() ? "# cluster checks PASSED" : "# cluster checks FAILED: " + report.failures());
		return report;
	}

	private static boolean answers(String node) {
		try {
			new ClusterHttp().get(node, "/actuator/health", null, "application/json");
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}
}
