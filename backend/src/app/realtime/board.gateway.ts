import type { JoinPlanAck, JoinPlanRequest, JoinWardRequest } from '@dondoc/contracts';
import { planRoom, SOCKET_PATH, userRoom, wardRoom } from '@dondoc/contracts';
import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { ActiveUsers } from '../auth/active-users';
import type { AuthUser } from '../auth/auth-user';
import { deactivated } from '../auth/jwt-auth.guard';
import { closeAtExpiry } from '../auth/socket-expiry';
import { TokenService } from '../auth/token.service';
import { AppError } from '../common/app-error';
import { type BoardServer, SocketHub } from '../socket-hub/socket-hub';
import { PlanSectionEntity } from '../task-model/entities/plan-section.entity';
import { PlanFeed } from '../task-model/plan-feed';
import { planOfWard } from '../task-model/plan-of-ward';
import { LeadershipWards } from '../task-model/ward-scope/leadership-wards';

type BoardSocket = Socket & { data: { user?: AuthUser } };

interface WardJoinAck {
  ok: boolean;
  code?: string;
  message?: string;
}

/**
 * Live boards. The handshake carries the access token; joining a plan's room is authorised like
 * reading its board, and the answer carries whatever the client missed since its last event.
 */
@WebSocketGateway({ path: SOCKET_PATH, serveClient: false })
export class BoardGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(BoardGateway.name);

  constructor(
    private readonly hub: SocketHub,
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
    private readonly feed: PlanFeed,
    private readonly leadershipWards: LeadershipWards,
    private readonly activeUsers: ActiveUsers,
  ) {}

  afterInit(server: BoardServer): void {
    this.hub.attach(server);
  }

  async handleConnection(socket: BoardSocket): Promise<void> {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    try {
      const access = await this.tokens.verifyAccess(typeof token === 'string' ? token : undefined);
      socket.data.user = access.user;
      // The user's own room: their notifications reach every tab they have open.
      await socket.join(userRoom(access.user.id));
      closeAtExpiry(socket, access);
      // A token outlives a deactivation by up to its lifetime: a deactivated person keeps no socket.
      // Checked after the user is set, so a join sent right after connecting is not refused meanwhile.
      if (!(await this.activeUsers.isActive(access.user.id))) throw deactivated();
    } catch (error) {
      socket.emit(
        'exception' as never,
        { code: 'UNAUTHENTICATED', message: (error as Error).message } as never,
      );
      socket.disconnect(true);
    }
  }

  @SubscribeMessage('plan.join')
  async join(
    @ConnectedSocket() socket: BoardSocket,
    @MessageBody() request: JoinPlanRequest,
  ): Promise<JoinPlanAck> {
    const user = socket.data.user;
    if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập' };
    const planId = typeof request?.planId === 'string' ? request.planId : '';
    const since = request?.since;
    if (since !== undefined && since !== null && !/^\d{1,15}$/.test(String(since))) {
      return { ok: false, code: 'VALIDATION_FAILED', message: 'Mã sự kiện không hợp lệ' };
    }
    try {
      await planOfWard(this.dataSource.manager, planId, user.wardId);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
      this.logger.error(error);
      return { ok: false, code: 'INTERNAL', message: 'Lỗi hệ thống' };
    }
    await socket.join(planRoom(planId));
    if (since === undefined || since === null) return { ok: true, missed: [], tooFarBehind: false };
    const changes = await this.feed.missedSince(planId, user.wardId, Number(since));
    const sections = await this.dataSource.manager.find(PlanSectionEntity, {
      where: { planId },
      order: { position: 'ASC' },
      select: { key: true, title: true },
    });
    return { ok: true, ...changes, sections: sections.map(({ key, title }) => ({ key, title })) };
  }

  /**
   * Leadership boards watch every change of a ward: the caller's own, or one granted to a
   * city-level leader, authorised exactly like reading that ward's leadership board. No replay:
   * the client refetches the aggregates after it joins.
   */
  @SubscribeMessage('ward.join')
  async joinWard(
    @ConnectedSocket() socket: BoardSocket,
    @MessageBody() request: JoinWardRequest | undefined,
  ): Promise<WardJoinAck> {
    const user = socket.data.user;
    if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập' };
    const asked = request?.wardId;
    if (asked !== undefined && typeof asked !== 'string')
      return { ok: false, code: 'VALIDATION_FAILED', message: 'Mã phường không hợp lệ' };
    let wardId: string;
    try {
      wardId = await this.leadershipWards.resolve(user, asked);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
      this.logger.error(error);
      return { ok: false, code: 'INTERNAL', message: 'Lỗi hệ thống' };
    }
    await socket.join(wardRoom(wardId));
    return { ok: true };
  }

  /** Leaving needs no authorisation: a socket can only leave a room, never gain one. */
  @SubscribeMessage('ward.leave')
  async leaveWard(
    @ConnectedSocket() socket: BoardSocket,
    @MessageBody() request: { wardId?: unknown } | undefined,
  ): Promise<void> {
    const user = socket.data.user;
    if (!user) return;
    const wardId = request?.wardId === undefined ? user.wardId : request.wardId;
    if (typeof wardId === 'string') await socket.leave(wardRoom(wardId));
  }

  @SubscribeMessage('plan.leave')
  async leave(
    @ConnectedSocket() socket: BoardSocket,
    @MessageBody() request: { planId?: unknown },
  ): Promise<void> {
    if (typeof request?.planId === 'string') await socket.leave(planRoom(request.planId));
  }
}
