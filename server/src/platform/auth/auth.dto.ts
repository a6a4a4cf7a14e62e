import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from './role.js';

export class LoginDto {
  @ApiProperty({ example: 'alice' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username: string;

  @ApiProperty({ writeOnly: true })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class SessionUserView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'alice' }) username: string;
  @ApiProperty({ example: 'Alice Martin' }) displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;

  static of(user: { id: number; username: string; displayName: string; role: Role }): SessionUserView {
    return Object.assign(new SessionUserView(), { id: user.id, username: user.username, displayName: user.displayName, role: user.role });
  }
}

export class LoginResponse {
  @ApiProperty({ type: SessionUserView }) user: SessionUserView;
  @ApiProperty({ description: 'The session token, for API scripts (`Authorization: Bearer <token>`); the browser uses the cookie.' })
  token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class MeResponse {
  @ApiProperty({ type: SessionUserView }) user: SessionUserView;
}
