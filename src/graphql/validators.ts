import { IsOptional, Length, Matches, MaxLength } from 'class-validator';

/**
 * Shared input rules, checked by class-validator before a resolver runs; a failure becomes
 * BAD_USER_INPUT with `extensions.field` (src/errors.ts).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what a name must not contain
const NAME = /^[^\s#\u0000-\u001f\u007f](?:[^#\u0000-\u001f\u007f]*[^\s#\u0000-\u001f\u007f])?$/;

/** A login or object name: 1–64 characters, no '#' (it separates user and tenant at login), no control characters, no outer spaces. */
export function IsName(): PropertyDecorator {
  return (target, key) => {
    Length(1, 64, { message: '$property must be 1 to 64 characters' })(target, key);
    Matches(NAME, { message: '$property must not contain "#", control characters, or leading/trailing spaces' })(
      target,
      key,
    );
  };
}

/** Free text such as a description: at most 1,000 characters. */
export function IsText(max = 1000): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    MaxLength(max, { message: `$property must be at most ${max} characters` })(target, key);
  };
}

/** Password policy: 8 to 128 characters. */
export function IsPassword(): PropertyDecorator {
  return (target, key) => {
    Length(8, 128, { message: '$property must be 8 to 128 characters' })(target, key);
  };
}
