import type { CurrentUser as CurrentUserDto, LoginResponse } from '@dondoc/contracts';
import { REFRESH_COOKIE } from '@dondoc/contracts';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiNoCredentials } from '../http/openapi-document';
import { Public } from '../http/public.decorator';
import type { AuthUser } from './auth-user';
import { CurrentUserResponse, SessionResponse } from './auth.responses';
import { AuthService } from './auth.service';
import { clientAddress } from './client-address';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { clearRefreshCookie, readRefreshCookie, writeRefreshCookie } from './refresh-cookie';
import { TooManyAttemptsError } from './too-many-attempts.error';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiNoCredentials()
  @ApiOperation({
    summary: 'Exchange a username and password for a bearer access token and a refresh cookie',
  })
  @ApiOkResponse({
    type: SessionResponse,
    description:
      'Sets the refresh cookie (httpOnly, scoped to /api/auth); the body holds the access token and the user',
  })
  @ApiResponse({ status: 400, description: 'The username or password is missing (VALIDATION_FAILED)' })
  @ApiResponse({ status: 401, description: 'Wrong username or password (INVALID_CREDENTIALS)' })
  @ApiResponse({
    status: 403,
    description:
      'The account is deactivated, or the password is a one-time password to change first (details: MUST_CHANGE_PASSWORD)',
  })
  @ApiResponse({ status: 429, description: 'Too many wrong passwords for the account or the address' })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    try {
      const session = await this.auth.login(body.username, body.password, clientAddress(request));
      writeRefreshCookie(request, response, session.refresh);
      return session.response;
    } catch (error) {
      if (error instanceof TooManyAttemptsError)
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Public()
  @Post('password')
  @HttpCode(200)
  @ApiNoCredentials()
  @ApiOperation({
    summary:
      'Set a new password with the current or one-time password; other sessions end and a new one starts',
  })
  @ApiOkResponse({
    type: SessionResponse,
    description:
      'Sets the refresh cookie (httpOnly, scoped to /api/auth); the body holds the access token and the user',
  })
  @ApiResponse({ status: 400, description: 'The new password is too short or the same as the old one' })
  @ApiResponse({ status: 401, description: 'Wrong username or current password (INVALID_CREDENTIALS)' })
  @ApiResponse({ status: 403, description: 'The account is deactivated' })
  @ApiResponse({ status: 429, description: 'Too many wrong passwords for the account or the address' })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    try {
      const session = await this.auth.changePassword(
        body.username,
        body.password,
        body.newPassword,
        clientAddress(request),
      );
      writeRefreshCookie(request, response, session.refresh);
      return session.response;
    } catch (error) {
      if (error instanceof TooManyAttemptsError)
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'Rotate the refresh cookie and answer a new access token' })
  @ApiOkResponse({ type: SessionResponse, description: 'Sets the rotated refresh cookie' })
  @ApiResponse({
    status: 401,
    description: 'No refresh cookie, or it expired or was revoked (UNAUTHENTICATED); the cookie is cleared',
  })
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    try {
      const session = await this.auth.refresh(readRefreshCookie(request));
      writeRefreshCookie(request, response, session.refresh);
      return session.response;
    } catch (error) {
      clearRefreshCookie(request, response);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'Revoke the session of the refresh cookie and clear it' })
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session left to end)' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(request));
    clearRefreshCookie(request, response);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user with their ward and unit' })
  @ApiOkResponse({ type: CurrentUserResponse })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserDto> {
    return this.auth.describe(user);
  }
}
