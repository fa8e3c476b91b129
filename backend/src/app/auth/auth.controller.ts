import type { CurrentUser as CurrentUserDto, LoginResponse } from '@dondoc/contracts';
import { REFRESH_COOKIE } from '@dondoc/contracts';
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../http/public.decorator';
import type { AuthUser } from './auth-user';
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
  @ApiOperation({
    summary: 'Exchange a username and password for a bearer access token and a refresh cookie',
  })
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
  @ApiOperation({
    summary:
      'Set a new password with the current or one-time password; other sessions end and a new one starts',
  })
  @ApiResponse({ status: 400, description: 'The new password is too short or the same as the old one' })
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
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(request));
    clearRefreshCookie(request, response);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user with their ward and unit' })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserDto> {
    return this.auth.describe(user);
  }
}
