import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../platform/auth/role.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.js';
import type { User } from './user.entity.js';

/** Same rule as ADMIN_USERNAME in the configuration schema. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerCased = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

const passwordDoc = {
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
  description: `${MIN_PASSWORD_LENGTH}-${MAX_PASSWORD_LENGTH} characters, not the username.`,
  writeOnly: true,
};

export class CreateUserDto {
  @ApiProperty({ example: 'alice', description: '3-64 of a-z 0-9 . _ - (stored lower-case).' })
  @Transform(lowerCased)
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'must be 3-64 characters of a-z 0-9 . _ -' })
  username: string;

  @ApiProperty({ example: 'Alice Martin' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty(passwordDoc)
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH * 4) // code points are counted by the policy; this only bounds the input
  password: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Alice Martin' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false signs the user out everywhere and refuses their sign-in.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ ...passwordDoc, description: `${passwordDoc.description} Signs the user out everywhere.` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH * 4)
  password?: string;
}

export class UserView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'alice' }) username: string;
  @ApiProperty({ example: 'Alice Martin' }) displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;

  static of(user: User): UserView {
    return Object.assign(new UserView(), {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      active: user.active,
      createdAt: user.createdAt.toISOString(),
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    });
  }
}
