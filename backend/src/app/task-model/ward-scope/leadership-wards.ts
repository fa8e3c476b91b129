import type { LeadershipWardDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { notFound } from '../../common/app-error';
import { WardGrantEntity } from '../../org/entities/ward-grant.entity';
import { WardEntity } from '../../org/entities/ward.entity';
import { assertMaySeeLeadershipBoard } from './leadership-access';

type WardRow = Pick<WardEntity, 'id' | 'code' | 'name'>;

const byName = new Intl.Collator('vi', { sensitivity: 'base' });

/** The user's own ward first, then the wards granted to them by name; a grant of the own ward adds nothing. */
export function orderLeadershipWards(home: WardRow, granted: readonly WardRow[]): LeadershipWardDto[] {
  const others = granted
    .filter((ward) => ward.id !== home.id)
    .sort((a, b) => byName.compare(a.name, b.name) || a.code.localeCompare(b.code));
  return [
    { id: home.id, code: home.code, name: home.name, home: true },
    ...others.map(({ id, code, name }) => ({ id, code, name, home: false })),
  ];
}

/**
 * Which wards' leadership boards a user may read: a leader or admin reads their own ward, and a
 * city-level leader also the wards granted to them (`ward_grant`). Grants are read from the
 * database on every request, so taking one away takes effect at once, whatever the token says.
 * A ward that is not theirs answers 404, like every other row of another ward.
 */
@Injectable()
export class LeadershipWards {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthUser): Promise<LeadershipWardDto[]> {
    assertMaySeeLeadershipBoard(user);
    const [home, granted] = await Promise.all([
      this.dataSource.manager.findOne(WardEntity, {
        where: { id: user.wardId },
        select: { id: true, code: true, name: true },
      }),
      this.dataSource.manager
        .createQueryBuilder(WardEntity, 'ward')
        .innerJoin(WardGrantEntity, 'ward_grant', 'ward_grant.ward_id = ward.id')
        .select(['ward.id', 'ward.code', 'ward.name'])
        .where('ward_grant.user_id = :userId', { userId: user.id })
        .getMany(),
    ]);
    if (!home) throw notFound('phường');
    return orderLeadershipWards(home, granted);
  }

  /** The ward to show: the asked one when the user may read it, else their own when none is asked. */
  async resolve(user: AuthUser, wardId: string | undefined): Promise<string> {
    assertMaySeeLeadershipBoard(user);
    if (wardId === undefined || wardId === user.wardId) return user.wardId;
    const granted = await this.dataSource.manager.existsBy(WardGrantEntity, { userId: user.id, wardId });
    if (!granted) throw notFound('phường');
    return wardId;
  }
}
