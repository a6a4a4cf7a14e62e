import type { MixedList } from 'typeorm';

/**
 * Every TypeORM entity of the application, listed explicitly: the app, the
 * migration tools and the tests share this one list (TypeORM's file globs load
 * files outside Jest's module system, so they cannot be used in tests).
 * A feature adds its entities here, one import line each.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [];
