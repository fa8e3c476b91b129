import { type DataSource, MoreThan } from 'typeorm';
import { WardEntity } from '../org/entities/ward.entity';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { type ChainBreak, ChainWalk } from './chain-walk';
import { WardChainEntity } from './ward-chain.entity';

/** Events read per query: the walk goes once through the log in id order, memory stays flat. */
const PAGE = 2000;

export interface ChainVerification {
  wards: number;
  events: number;
  /** The first break of each broken ward, with the ward's code. */
  breaks: (ChainBreak & { wardCode: string | null })[];
}

/** Walks every ward's hash chain through the whole log and compares it with the ward's head row. */
export async function verifyEventChains(dataSource: DataSource): Promise<ChainVerification> {
  const manager = dataSource.manager;
  const walks = new Map<string, ChainWalk>();
  const walkOf = (wardId: string) => {
    let walk = walks.get(wardId);
    if (!walk) walks.set(wardId, (walk = new ChainWalk(wardId)));
    return walk;
  };
  let events = 0;
  let after = 0;
  for (;;) {
    const page = await manager.find(TaskEventEntity, {
      where: { id: MoreThan(after) },
      order: { id: 'ASC' },
      take: PAGE,
    });
    for (const event of page) walkOf(event.wardId).step(event);
    events += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  const heads = await manager.find(WardChainEntity);
  const headOf = new Map(heads.map((head) => [head.wardId, head]));
  for (const head of heads) walkOf(head.wardId);
  const codes = new Map(
    (await manager.find(WardEntity, { select: { id: true, code: true } })).map((ward) => [
      ward.id,
      ward.code,
    ]),
  );
  const breaks = [...walks.values()].flatMap((walk) => {
    const found = walk.end(headOf.get(walk.wardId) ?? null);
    return found ? [{ ...found, wardCode: codes.get(walk.wardId) ?? null }] : [];
  });
  return { wards: walks.size, events, breaks };
}

/** One line per break, for people: which ward, which event, what was expected and what is there. */
export function describeBreak(found: ChainVerification['breaks'][number]): string {
  const ward = found.wardCode ? `${found.wardCode} (${found.wardId})` : found.wardId;
  const what = {
    hash: 'its stored hash is not the hash of its contents',
    link: "its prev_hash is not the previous event's hash",
    head: "the ward's chain head does not name the last event",
  }[found.kind];
  return `ward ${ward}: first broken link at event ${found.eventId}: ${what}; expected ${found.expected ?? 'null'}, found ${found.found ?? 'null'}`;
}
