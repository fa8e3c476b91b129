import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { UserEntity } from '../org/entities/user.entity';
import { mentionedUsernames } from './mentions';

/** The ids of the ward's users a text mentions as "@username", the writer left out. */
@Injectable()
export class MentionedUsers {
  constructor(private readonly dataSource: DataSource) {}

  async in(text: string, writer: AuthUser): Promise<string[]> {
    const usernames = mentionedUsernames(text);
    if (usernames.length === 0) return [];
    const users = await this.dataSource.manager.find(UserEntity, {
      select: { id: true, username: true },
      where: { wardId: writer.wardId, username: In(usernames), id: Not(writer.id) },
    });
    const idOf = new Map(users.map((found) => [found.username.toLowerCase(), found.id]));
    return usernames.flatMap((username) => idOf.get(username) ?? []);
  }
}
