import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { RequestActor, type Actor } from '../audit/request-actor.decorator.js';
import { CurrentPrincipal, Public, Roles } from './auth.decorators.js';
import { LoginDto, LoginResponse, MeResponse, SessionUserView } from './auth.dto.js';
import { TooManySignInAttemptsError, UnauthenticatedError } from './auth-errors.js';
import { AuthService } from './auth.service.js';
import { ANY_ROLE } from './role.js';
import type { UserPrincipal } from './session-authenticator.js';
import { SESSION_COOKIE, sessionCookieLifetime, sessionCookieOptions } from './session-cookie.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  /** Signs in: sets the session cookie, and returns the same token for API scripts. */
  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponse, description: 'Signed in; the `wardwatch_session` cookie is set.' })
  @ApiUnauthorizedResponse({ description: 'Invalid username or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this username or address; see Retry-After.' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.signIn(body.username, body.password, request.ip ?? null);
    if (result.kind === 'throttled') {
      response.setHeader('Retry-After', String(result.retryAfterSeconds));
      throw new TooManySignInAttemptsError(result.retryAfterSeconds);
    }
    if (result.kind === 'invalid') throw new UnauthenticatedError('Invalid username or password');
    response.setHeader('Cache-Control', 'no-store');
    response.cookie(SESSION_COOKIE, result.token, sessionCookieLifetime(this.config));
    return { user: SessionUserView.of(result.user), token: result.token, expiresAt: result.expiresAt.toISOString() };
  }

  /** Signs out everywhere (every session and token of this user) and clears the cookie. */
  @Roles(...ANY_ROLE)
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Signed out.' })
  async logout(
    @CurrentPrincipal() principal: UserPrincipal,
    @RequestActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.signOut(principal, actor);
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
  }

  @Roles(...ANY_ROLE)
  @Get('me')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentPrincipal() principal: UserPrincipal): Promise<MeResponse> {
    return { user: SessionUserView.of(await this.auth.profile(principal)) };
  }
}
