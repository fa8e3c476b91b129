import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createSecretKey } from 'node:crypto';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { ActiveUsers } from './active-users';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { JwtAuthGuard } from './jwt-auth.guard';
import { resolveJwtSecret } from './jwt-secret';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokens } from './refresh-tokens';
import { TokenService } from './token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, WardEntity, UnitEntity, RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [ENV],
      // Lifetimes are set per token by TokenService, from the injected clock. The secret is handed
      // over as a key object: given a string, jsonwebtoken first tries to read it as a public key
      // and throws, which cost about 1.4 ms of every request.
      useFactory: (env: Env) => ({
        secret: createSecretKey(Buffer.from(resolveJwtSecret(env), 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordHasher,
    TokenService,
    RefreshTokens,
    LoginThrottle,
    ActiveUsers,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [PasswordHasher, TokenService, RefreshTokens, ActiveUsers],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Per-address login limits need the real client address: believe the proxies TRUST_PROXY names. */
  onModuleInit(): void {
    if (this.env.TRUST_PROXY === undefined) return;
    this.adapterHost.httpAdapter?.getInstance().set('trust proxy', this.env.TRUST_PROXY);
  }
}
