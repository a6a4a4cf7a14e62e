import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { DeviceKeysModule } from '../../devices/keys/device-keys.module.js';
import { UsersModule } from '../../users/users.module.js';
import { AppConfig } from '../config/app-config.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { sessionSecret } from './session-secret.js';
import { SessionTokens } from './session-tokens.js';

/**
 * Sign-in, sessions and the global access guard. The guard authenticates both
 * kinds of caller, so this module depends on the users feature (sessions) and
 * on device keys (devices).
 */
@Module({
  imports: [
    UsersModule,
    DeviceKeysModule,
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ secret: sessionSecret(config) }) }),
  ],
  controllers: [AuthController],
  providers: [
    SessionTokens,
    SessionAuthenticator,
    AuthService,
    { provide: LoginThrottle, useFactory: () => new LoginThrottle() },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionAuthenticator, AuthService],
})
export class AuthModule {}
