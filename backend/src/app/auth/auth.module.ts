import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { resolveJwtSecret } from './jwt-secret';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, WardEntity, UnitEntity]),
    JwtModule.registerAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({
        secret: resolveJwtSecret(env),
        signOptions: { expiresIn: env.ACCESS_TOKEN_TTL as `${number}h` },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, PasswordHasher, TokenService, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  exports: [PasswordHasher, TokenService],
})
export class AuthModule {}
