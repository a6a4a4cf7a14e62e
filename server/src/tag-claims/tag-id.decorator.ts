import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { TAG_ID_FORMAT_MESSAGE, isTagId } from './tag-identity.js';

/** A tag identity as libs/beacon writes it; input is trimmed and lower-cased first. Shared by every feature that pairs tags. */
export const IsTagId = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    ValidateBy({ name: 'isTagId', validator: { validate: (value) => typeof value === 'string' && isTagId(value), defaultMessage: () => TAG_ID_FORMAT_MESSAGE } }),
  );
