import { Global, Module } from '@nestjs/common';
import { TagClaims } from './tag-claims.service.js';

/**
 * The one-owner-per-tag registry. Global so that every feature that pairs tags shares the one instance
 * without importing another feature.
 */
@Global()
@Module({ providers: [TagClaims], exports: [TagClaims] })
export class TagClaimsModule {}
