import type { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { resolveChainAnchorKey } from './chain-anchor-key';
import { describeCheckpointProblem, verifyCheckpoints } from './chain-checkpoints';
import { describeBreak, verifyEventChains } from './chain-verification';
import { verifyDatabaseLog } from './log-verification';

/**
 * `cli.js verify`: folds every task's log (its recorded from/to states included), walks every
 * ward's hash chain, and checks every keyed checkpoint. Prints one line per finding; true when
 * nothing was found.
 */
export async function verifyCommand(
  dataSource: DataSource,
  env: Pick<Env, 'CHAIN_ANCHOR_KEY' | 'DATA_DIR'>,
  print: (line: string) => void,
): Promise<boolean> {
  const report = await verifyDatabaseLog(dataSource);
  print(`checked ${report.tasks} tasks and ${report.events} events`);
  for (const mismatch of report.mismatches) {
    print(`task ${mismatch.ref} (${mismatch.taskId}, plan ${mismatch.planId}): ${mismatch.problem}`);
  }
  print(
    report.mismatches.length === 0
      ? 'every log folds to its stored state through its recorded states'
      : `${report.mismatches.length} mismatches`,
  );
  const chains = await verifyEventChains(dataSource);
  print(`walked the hash chains of ${chains.wards} wards (${chains.events} events)`);
  for (const found of chains.breaks) print(describeBreak(found));
  print(chains.breaks.length === 0 ? 'every chain is unbroken' : `${chains.breaks.length} broken chains`);
  const anchors = await verifyCheckpoints(dataSource, resolveChainAnchorKey(env));
  print(`checked ${anchors.checkpoints} keyed checkpoints`);
  for (const found of anchors.problems) print(describeCheckpointProblem(found));
  print(
    anchors.problems.length === 0
      ? 'every checkpoint holds'
      : `${anchors.problems.length} checkpoints no longer hold`,
  );
  return report.mismatches.length === 0 && chains.breaks.length === 0 && anchors.problems.length === 0;
}
