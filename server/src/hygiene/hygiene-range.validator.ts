import { ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';

/**
 * `to` after `from` and at most `constraints[0]` days after it: `@Validate(RangeOfAtMostDays, [92])` on
 * `to`. An unreadable from or to is reported by its own rules.
 */
@ValidatorConstraint({ name: 'rangeOfAtMostDays' })
export class RangeOfAtMostDays implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = Date.parse(String((args.object as { from?: unknown }).from));
    const end = Date.parse(String(to));
    if (Number.isNaN(from) || Number.isNaN(end)) return true;
    return end > from && end - from <= (args.constraints[0] as number) * 86_400_000;
  }

  defaultMessage(args: ValidationArguments): string {
    return `must be after from, and at most ${args.constraints[0] as number} days after it`;
  }
}
