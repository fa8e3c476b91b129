import { Global, Module } from '@nestjs/common';
import { SocketHub } from './socket-hub';

@Global()
@Module({ providers: [SocketHub], exports: [SocketHub] })
export class SocketHubModule {}
